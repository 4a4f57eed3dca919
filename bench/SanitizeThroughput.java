import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.github.celonisnb.magics.notebook.InvalidNotebookException;
import io.github.celonisnb.magics.notebook.NotebookSanitizer;
import io.github.celonisnb.magics.secrets.detect.KnownSecret;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;

/**
 * Sanitize throughput over the corpus, repeated until TARGET_MB have been processed, with one known
 * key (generated here) and every shape detector on, as `celonis-nb sanitize` runs.
 * Usage: java -cp kernel-ext/target/celonis-nb.jar bench/SanitizeThroughput.java CORPUS_DIR TARGET_MB
 */
public class SanitizeThroughput {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        long target = Long.parseLong(args[1]) * 1024 * 1024;
        List<byte[]> notebooks = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList()) {
                notebooks.add(Files.readAllBytes(p));
            }
        }
        NotebookSanitizer sanitizer = new NotebookSanitizer(new SecretScanner(List.of(new KnownSecret("celonis-app-key", key()))));
        long corpusBytes = notebooks.stream().mapToLong(b -> b.length).sum();
        // warm-up: one pass
        pass(sanitizer, notebooks);
        long done = 0;
        int files = 0;
        long start = System.nanoTime();
        while (done < target) {
            for (byte[] nb : notebooks) {
                try {
                    sanitizer.sanitize(nb);
                } catch (InvalidNotebookException expected) {
                    // the corpus holds invalid files on purpose; they cost a parse all the same
                }
                done += nb.length;
                files++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("corpus: %d notebooks, %.1f MB; processed %.0f MB in %d files in %.1f s: %.0f MB/s, %.0f notebooks/s%n",
                notebooks.size(), corpusBytes / 1048576.0, done / 1048576.0, files, seconds, done / 1048576.0 / seconds, files / seconds);
    }

    private static void pass(NotebookSanitizer sanitizer, List<byte[]> notebooks) {
        for (byte[] nb : notebooks) {
            try {
                sanitizer.sanitize(nb);
            } catch (InvalidNotebookException expected) {
                // see above
            }
        }
    }

    private static String key() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom r = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 44; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return Base64.getEncoder().withoutPadding().encodeToString((UUID.randomUUID() + ":" + s).getBytes());
    }
}
