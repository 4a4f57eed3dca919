import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.github.celonisnb.magics.secrets.SecretRegistry;

/**
 * What the kernel's scan of stream output costs on different kinds of printed text: each text is cut into 64 KB
 * messages, as a cell's output is sent, and each message is redacted as the continuation of the 512 characters
 * before it (SecretRegistry.redactEverything(context, text), what StreamContinuity calls). Once by shape only (no
 * key known) and once with a key in the shape EMS issues registered, as after a login; what a key costs depends on
 * its characters, so every round makes a new one. Prints milliseconds per 100 MB: the fastest of ROUNDS (default 7)
 * rounds by shape only, and the median of the rounds with a key.
 *
 * <pre>java -cp kernel-ext/target/celonis-nb.jar bench/ScanCost.java</pre>
 */
public class ScanCost {

    private static final int MESSAGE_CHARS = 64 * 1024;
    private static final int CONTEXT_CHARS = 512;
    private static final long TOTAL_CHARS = 100L * 1024 * 1024;

    public static void main(String[] args) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("table rows (bench/run-print-overhead's cell)", message(
                "  4217  SAP ECC - Order to Cash   2023-11-14 22:13:20   12,345.67 EUR   CONFIGURED   Finance / Controlling"));
        texts.put("JSON log lines", message("{\"ts\": \"2023-11-14T22:13:20.123Z\", \"level\": \"INFO\", \"logger\": "
                + "\"pycelonis.service\", \"msg\": \"Loaded data pool 3f2a9c1e with 123 tables\", \"user\": \"anna\", "
                + "\"rows\": 18231}"));
        texts.put("English prose", message("The extraction finished after 12 minutes; 4 tables were loaded into the"
                + " data model and the analysis sheet was refreshed by Anna.", "Next, the process explorer shows the"
                + " most frequent variants of the Order to Cash process for the selected period."));
        texts.put("training progress", message("Epoch 3/10 - 52s - loss: 0.2345 - accuracy: 0.9123 - val_loss: 0.2511"
                + " - val_accuracy: 0.9050"));
        texts.put("a pandas data frame", message("     case_id  activity_name            event_time  cost  resource",
                "12   800123  Create Sales Order  2023-01-02 08:15:00  12.5  USER_0042"));

        SecretRegistry shapesOnly = new SecretRegistry();
        Random random = new SecureRandom();
        int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "7"));
        System.out.printf("%-46s %14s %14s%n", "ms per 100 MB of", "shapes only", "with a key");
        for (Map.Entry<String, String> text : texts.entrySet()) {
            double shapes = Double.MAX_VALUE;
            double[] known = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                shapes = Math.min(shapes, millisPer100Mb(shapesOnly, text.getValue()));
                SecretRegistry withKey = new SecretRegistry();
                withKey.registerValue(generatedKey(random), "celonis-app-key");
                known[round] = millisPer100Mb(withKey, text.getValue());
            }
            java.util.Arrays.sort(known);
            System.out.printf("%-46s %14.0f %14.0f%n", text.getKey(), shapes, known[rounds / 2]);
        }
    }

    /** One message of the given lines, repeated in turn, each ended by a line break. */
    private static String message(String... lines) {
        StringBuilder out = new StringBuilder(MESSAGE_CHARS);
        for (int i = 0; out.length() + lines[i % lines.length].length() + 1 <= MESSAGE_CHARS; i++) {
            out.append(lines[i % lines.length]).append('\n');
        }
        return out.toString();
    }

    private static double millisPer100Mb(SecretRegistry secrets, String message) {
        String context = message.substring(message.length() - CONTEXT_CHARS);
        long messages = TOTAL_CHARS / message.length();
        long keep = 0;
        long start = System.nanoTime();
        for (long m = 0; m < messages; m++) {
            keep += secrets.redactEverything(context, message).length();
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (keep != messages * message.length()) {
            throw new IllegalStateException("Something in the benchmark's text was redacted; the figures would mislead");
        }
        return millis;
    }

    /** Base64 of {@code <uuid>:<44 letters and digits>}, the shape of an EMS key. */
    private static String generatedKey(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 44; i++) {
            secret.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return Base64.getEncoder().encodeToString((UUID.randomUUID() + ":" + secret)
                .getBytes(StandardCharsets.US_ASCII));
    }
}
