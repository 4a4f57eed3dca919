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
        // A key in the shape EMS issues, base64 of "<uuid>:<secret>", as the kernel knows it after a login.
        java.util.Random random = new java.security.SecureRandom();
        StringBuilder secret = new StringBuilder();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 44; i++) {
            secret.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        secrets.registerValue(java.util.Base64.getEncoder().encodeToString(
                (java.util.UUID.randomUUID() + ":" + secret).getBytes(StandardCharsets.US_ASCII)), "celonis-app-key");
        double baseline = 0;
        for (int round = 0; round < 3; round++) {
            long[] plainChars = {0};
            OutputStream plainSink = new OutputStream() {
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
                    plainChars[0] += pending.length();
                    pending.setLength(0);
                }
            };
            PrintStream plain = new PrintStream(new java.io.BufferedOutputStream(plainSink, 64 * 1024), false, StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            for (int i = 0; i < lines; i++) {
                plain.println(line);
            }
            plain.flush();
            baseline = (System.nanoTime() - t0) / 1e9;
        }
        for (int round = 0; round < 3; round++) {
            long[] chars = {0};
            OutputStream sink = new OutputStream() {
                private final StringBuilder pending = new StringBuilder();

                @Override
                public void write(int b) {
                    pending.append((char) b);
                }

                /** Jupyter's stream sends every write as one message, which the message redactor scans. */
                @Override
                public void write(byte[] b, int off, int len) {
                    chars[0] += secrets.redactEverything(new String(b, off, len, StandardCharsets.UTF_8)).length();
                }

                @Override
                public void flush() {
                    chars[0] += secrets.redactEverything(pending.toString()).length();
                    pending.setLength(0);
                }
            };
            RedactingOutputStream redacting = new RedactingOutputStream(sink, secrets);
            // As in a cell: buffered, flushed in 64 KB chunks, each chunk one message.
            PrintStream out = new PrintStream(new java.io.BufferedOutputStream(redacting, 64 * 1024), false, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            for (int i = 0; i < lines; i++) {
                out.println(line);
            }
            out.flush();
            redacting.flushAll();
            double s = (System.nanoTime() - start) / 1e9;
            if (round == 2) {
                System.out.printf("%d MB of println through the redactors: %.2f s; the same without them: %.2f s; "
                        + "the redactors' own cost: %.2f s%n", mb, s, baseline, s - baseline);
            }
        }
    }
}
