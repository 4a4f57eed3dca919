package io.github.celonisnb.kernel;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.celonisnb.magics.secrets.RedactingOutputStream;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import io.github.spencerpark.jupyter.kernel.JupyterIO;

/**
 * {@code System.out}, {@code err} and {@code in} for the duration of one cell.
 *
 * <p>Output is buffered and sent to Jupyter every {@value #FLUSH_MILLIS} ms, when the buffer fills,
 * before the cell reads input, and when the cell ends: one stream message per {@code println} made a
 * loop of prints fifty times slower. Each stream passes a {@link RedactingOutputStream}, which holds
 * back a possible start of a secret until the next write shows whether it is one.
 */
final class CellStreams implements AutoCloseable {

    static final long FLUSH_MILLIS = 100;
    private static final int BUFFER_BYTES = 64 * 1024;

    private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "celonis-nb-output-flusher");
        t.setDaemon(true);
        return t;
    });

    private final PrintStream oldOut = System.out;
    private final PrintStream oldErr = System.err;
    private final InputStream oldIn = System.in;
    private final RedactingOutputStream redactedOut;
    private final RedactingOutputStream redactedErr;
    private final PrintStream cellOut;
    private final PrintStream cellErr;
    private final JupyterIO io;
    private final ScheduledFuture<?> periodicFlush;

    private CellStreams(JupyterIO io, SecretRegistry secrets) {
        this.io = io;
        this.redactedOut = new RedactingOutputStream(io.out, secrets);
        this.redactedErr = new RedactingOutputStream(io.err, secrets);
        this.cellOut = new PrintStream(new BufferedOutputStream(redactedOut, BUFFER_BYTES), false, StandardCharsets.UTF_8);
        this.cellErr = new PrintStream(new BufferedOutputStream(redactedErr, BUFFER_BYTES), false, StandardCharsets.UTF_8);
        System.setOut(cellOut);
        System.setErr(cellErr);
        System.setIn(new FlushingInput(io.in));
        this.periodicFlush = FLUSHER.scheduleWithFixedDelay(this::flushBoth, FLUSH_MILLIS, FLUSH_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Points the standard streams at the running cell. */
    static CellStreams open(JupyterIO io, SecretRegistry secrets) {
        return new CellStreams(io, secrets);
    }

    private void flushBoth() {
        cellOut.flush();
        cellErr.flush();
    }

    /** Sends everything still buffered (secrets redacted) and restores the streams of before the cell. */
    @Override
    public void close() throws IOException {
        periodicFlush.cancel(false);
        flushBoth();
        redactedOut.flushAll();
        redactedErr.flushAll();
        io.out.flush();
        io.err.flush();
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
    }

    /**
     * Sends all of the cell's output before it waits for input, so that a prompt printed first is seen whole before
     * the input request: {@code flush} alone keeps back a prompt's last characters when they could begin a
     * registered secret, and nothing printed before the answer would complete them.
     */
    private void sendAllBeforeInput() throws IOException {
        flushBoth();
        redactedOut.flushAll();
        redactedErr.flushAll();
    }

    private final class FlushingInput extends FilterInputStream {
        FlushingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            sendAllBeforeInput();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            sendAllBeforeInput();
            return super.read(b, off, len);
        }
    }
}
