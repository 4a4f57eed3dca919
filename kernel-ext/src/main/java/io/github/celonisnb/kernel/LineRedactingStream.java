package io.github.celonisnb.kernel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Passes text on a line at a time, each line redacted whole: for the kernel process's own stdout and
 * stderr (loggers, threads that outlive their cell), where a key found only by its shape must be seen
 * in one piece. A line is passed on at its line break, at {@link #flush()}, or when it grows past
 * {@value #MAX_LINE_BYTES} bytes.
 */
final class LineRedactingStream extends OutputStream {

    static final int MAX_LINE_BYTES = 64 * 1024;

    private final OutputStream downstream;
    private final UnaryOperator<String> redact;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /** @param redact replaces every secret in one line of text */
    LineRedactingStream(OutputStream downstream, UnaryOperator<String> redact) {
        this.downstream = downstream;
        this.redact = redact;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n' || line.size() >= MAX_LINE_BYTES) {
            passOn();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        passOn();
        downstream.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        downstream.close();
    }

    private void passOn() throws IOException {
        if (line.size() == 0) {
            return;
        }
        // A line cut at the size limit may end inside a character; decoding replaces the broken bytes.
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        downstream.write(redact.apply(text).getBytes(StandardCharsets.UTF_8));
    }
}
