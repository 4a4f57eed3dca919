package io.github.celonisnb.kernel.demo;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Renders an executed notebook's code cells and their text outputs as a console transcript. */
public final class NotebookText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NotebookText() {
    }

    /** {@code In [n]:} with the source, then each stream, text result and error, as plain text. */
    public static String transcript(Path notebook) throws IOException {
        JsonNode root = JSON.readTree(notebook.toFile());
        StringBuilder out = new StringBuilder();
        for (JsonNode cell : root.path("cells")) {
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            JsonNode count = cell.path("execution_count");
            out.append("In [").append(count.isNumber() ? count.asText() : " ").append("]: ")
                    .append(joined(cell.path("source")).strip().replace("\n", "\n        ")).append('\n');
            for (JsonNode output : cell.path("outputs")) {
                out.append(outputText(output));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A cell's outputs as text, in order (used by tests, too). */
    public static String outputText(JsonNode output) {
        String type = output.path("output_type").asText();
        String text = switch (type) {
            case "stream" -> joined(output.path("text"));
            case "execute_result", "display_data" -> joined(output.path("data").path("text/plain"));
            case "error" -> String.join("\n", iterable(output.path("traceback")));
            default -> "";
        };
        text = stripAnsi(text);
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    /** nbformat stores multi-line strings either as one string or as a list of lines. */
    public static String joined(JsonNode value) {
        if (value.isArray()) {
            StringBuilder s = new StringBuilder();
            value.forEach(v -> s.append(v.asText()));
            return s.toString();
        }
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    private static Iterable<String> iterable(JsonNode array) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        array.forEach(v -> lines.add(v.asText()));
        return lines;
    }

    static String stripAnsi(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
