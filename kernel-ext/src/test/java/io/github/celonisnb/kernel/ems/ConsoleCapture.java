package io.github.celonisnb.kernel.ems;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything printed while it is open: {@code System.out}, {@code System.err} and every
 * {@code java.util.logging} record (where OkHttp logs), still passed on to the real streams.
 */
final class ConsoleCapture implements AutoCloseable {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final Handler logHandler = new CapturingHandler();

    private ConsoleCapture() {
        System.setOut(tee(originalOut));
        System.setErr(tee(originalErr));
        Logger.getLogger("").addHandler(logHandler);
    }

    /** Starts capturing. */
    static ConsoleCapture start() {
        return new ConsoleCapture();
    }

    /** What was printed or logged so far. */
    String text() {
        System.out.flush();
        System.err.flush();
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    /** Puts the real streams back and stops listening to the log. */
    @Override
    public void close() {
        System.out.flush();
        System.err.flush();
        System.setOut(originalOut);
        System.setErr(originalErr);
        Logger.getLogger("").removeHandler(logHandler);
    }

    private PrintStream tee(PrintStream original) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (captured) {
                    captured.write(b);
                }
                original.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (captured) {
                    captured.write(bytes, offset, length);
                }
                original.write(bytes, offset, length);
            }

            @Override
            public void flush() {
                original.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** Formats every log record, whatever its level, into the capture. */
    private final class CapturingHandler extends Handler {

        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            byte[] line = formatter.format(record).getBytes(StandardCharsets.UTF_8);
            synchronized (captured) {
                captured.write(line, 0, line.length);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
