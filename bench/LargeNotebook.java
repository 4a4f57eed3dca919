import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.github.celonisnb.magics.notebook.NotebookSanitizer;
import io.github.celonisnb.magics.notebook.SanitizeReport;
import io.github.celonisnb.magics.secrets.detect.KnownSecret;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;

/**
 * Writes a notebook of SIZE_MB (1,000 cells, each with a PNG output, a 20 KB stream output and a
 * planted key every tenth cell), then sanitizes it file to file with the streaming API and prints
 * time, findings and peak heap. Run with -Xmx64m to check the memory target.
 * Usage: java -Xmx64m -cp kernel-ext/target/celonis-nb.jar bench/LargeNotebook.java SIZE_MB
 */
public class LargeNotebook {
    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]) * 1024 * 1024;
        String key = key();
        Path dir = Files.createTempDirectory("celonis-nb-large");
        Path in = dir.resolve("large.ipynb");
        Path out = dir.resolve("large.sanitized.ipynb");
        int cells = 1000;
        int perCell = (int) (size / cells);
        byte[] png = new byte[perCell * 3 / 4 * 3 / 4];
        new SecureRandom().nextBytes(png);
        String image = Base64.getEncoder().encodeToString(png);
        String line = "row 0123456789 abcdefghij value=42.0 ok\\n";
        try (Writer w = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(in)), StandardCharsets.UTF_8)) {
            w.write("{\n \"cells\": [\n");
            for (int c = 0; c < cells; c++) {
                w.write("  {\n   \"cell_type\": \"code\",\n   \"execution_count\": " + (c + 1) + ",\n   \"id\": \"c" + c
                        + "\",\n   \"metadata\": {},\n   \"outputs\": [\n    {\n     \"data\": {\n      \"image/png\": \"");
                w.write(image);
                w.write("\"\n     },\n     \"metadata\": {},\n     \"output_type\": \"display_data\"\n    },\n"
                        + "    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n     \"text\": [\n");
                int lines = Math.max(1, (perCell - image.length()) / line.length());
                for (int l = 0; l < lines; l++) {
                    w.write("      \"" + (l == 3 && c % 10 == 0 ? "token " + key + "\\n" : line) + "\"" + (l + 1 < lines ? ",\n" : "\n"));
                }
                w.write("     ]\n    }\n   ],\n   \"source\": [\"plot(" + c + ")\"]\n  }" + (c + 1 < cells ? ",\n" : "\n"));
            }
            w.write(" ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n");
        }
        NotebookSanitizer sanitizer = new NotebookSanitizer(new SecretScanner(List.of(new KnownSecret("celonis-app-key", key))));
        long start = System.nanoTime();
        SanitizeReport report;
        try (InputStream i = Files.newInputStream(in); OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            report = sanitizer.sanitize(i, o);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        boolean leaked = contains(out, key);
        System.out.printf("notebook %.1f MB -> %.1f MB in %.2f s (%.0f MB/s); %d findings; key left: %s; max heap %d MB, peak heap used %d MB%n",
                Files.size(in) / 1048576.0, Files.size(out) / 1048576.0, seconds, Files.size(in) / 1048576.0 / seconds,
                report.findings().size(), leaked, Runtime.getRuntime().maxMemory() / 1048576, peak / 1048576);
        Files.delete(in);
        Files.delete(out);
        Files.delete(dir);
    }

    /** Whether the file holds the text, read in chunks so the check itself fits in a small heap. */
    private static boolean contains(Path file, String text) throws java.io.IOException {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        byte[] buf = new byte[1 << 20];
        String carry = "";
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                String chunk = carry + new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                if (chunk.contains(text)) {
                    return true;
                }
                carry = chunk.substring(Math.max(0, chunk.length() - needle.length));
            }
        }
        return false;
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
