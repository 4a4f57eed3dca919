package io.github.celonisnb.kernel.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small nbformat 4.5 notebooks written the way Jupyter writes them (indent 1, sorted keys, LF). */
public final class TestNotebooks {

    private TestNotebooks() {
    }

    /**
     * A notebook with one code cell whose source is {@code source} and whose stdout output is {@code printed}; both are
     * JSON-escaped here.
     */
    public static String withOutput(String source, String printed) {
        return "{\n"
                + " \"cells\": [\n"
                + "  {\n"
                + "   \"cell_type\": \"code\",\n"
                + "   \"execution_count\": 1,\n"
                + "   \"id\": \"c0ffee01\",\n"
                + "   \"metadata\": {},\n"
                + "   \"outputs\": [\n"
                + "    {\n"
                + "     \"name\": \"stdout\",\n"
                + "     \"output_type\": \"stream\",\n"
                + "     \"text\": [\n"
                + "      " + json(printed) + "\n"
                + "     ]\n"
                + "    }\n"
                + "   ],\n"
                + "   \"source\": [\n"
                + "    " + json(source) + "\n"
                + "   ]\n"
                + "  }\n"
                + " ],\n"
                + " \"metadata\": {\n"
                + "  \"kernelspec\": {\n"
                + "   \"display_name\": \"Java (celonis-nb)\",\n"
                + "   \"language\": \"java\",\n"
                + "   \"name\": \"celonis-nb\"\n"
                + "  }\n"
                + " },\n"
                + " \"nbformat\": 4,\n"
                + " \"nbformat_minor\": 5\n"
                + "}\n";
    }

    /** A notebook without any secret. */
    public static String clean() {
        return withOutput("System.out.println(\"hello\");", "hello\n");
    }

    /** Writes {@code text} as UTF-8. */
    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal. */
    public static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
