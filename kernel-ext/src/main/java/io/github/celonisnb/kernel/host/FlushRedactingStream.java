package io.github.celonisnb.kernel.host;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * A print stream that redacts what it collected on each flush and passes it on: put in place of a host
 * kernel's cell stream, every {@code print} (an autoflushing stream flushes on each) leaves redacted.
 * A secret split across two prints is not joined; where the host's requests can be wrapped, the
 * message-level redactor covers all output instead.
 */
public final class FlushRedactingStream extends PrintStream {

    /**
     * @param downstream the host's own stream
     * @param redact     replaces secrets in a piece of text
     */
    public FlushRedactingStream(PrintStream downstream, UnaryOperator<String> redact) {
        super(new Collector(downstream, redact), true, StandardCharsets.UTF_8);
    }

    private static final class Collector extends ByteArrayOutputStream {
        private final PrintStream downstream;
        private final UnaryOperator<String> redact;

        Collector(PrintStream downstream, UnaryOperator<String> redact) {
            this.downstream = downstream;
            this.redact = redact;
        }

        @Override
        public synchronized void flush() {
            if (size() > 0) {
                String text = toString(StandardCharsets.UTF_8);
                reset();
                downstream.print(redact.apply(text));
            }
            downstream.flush();
        }
    }
}
