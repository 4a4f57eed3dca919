import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.github.celonisnb.magics.secrets.RedactingOutputStream;
import io.github.celonisnb.magics.secrets.SecretRegistry;

/**
 * The redactor's own cost on MB megabytes of printed lines, as the kernel applies it: the stream
 * redactor on every write and the full scan (known forms and shapes) on every flushed message.
 */
public class RedactionCost {
    public static void main(String[] args) throws Exception {
        int mb = Integer.parseInt(args[0]);
        String line = "  4217  SAP ECC - Order to Cash   2023-11-14 22:13:20   12,345.67 EUR   CONFIGURED   Finance / Controlling";
        int lines = mb * 1024 * 1024 / (line.length() + 1);
        SecretRegistry secrets = new SecretRegistry();
        secrets.registerValue("bench-secret-" + Long.toHexString(System.nanoTime()), "bench");
        for (int round = 0; round < 3; round++) {
            long[] chars = {0};
            OutputStream sink = new OutputStream() {
                private final StringBuilder pending = new StringBuilder();

                @Override
                public void write(int b) {
                    pending.append((char) b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    pending.append(new String(b, off, len, StandardCharsets.UTF_8));
                }

                @Override
                public void flush() {
                    chars[0] += secrets.redactEverything(pending.toString()).length();
                    pending.setLength(0);
                }
            };
            RedactingOutputStream redacting = new RedactingOutputStream(sink, secrets);
            PrintStream out = new PrintStream(redacting, true, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            for (int i = 0; i < lines; i++) {
                out.println(line);
            }
            out.flush();
            redacting.flushAll();
            double s = (System.nanoTime() - start) / 1e9;
            if (round == 2) {
                System.out.printf("redactor alone on %d MB of println: %.2f s (%.0f MB/s)%n", mb, s, chars[0] / 1048576.0 / s);
            }
        }
    }
}
