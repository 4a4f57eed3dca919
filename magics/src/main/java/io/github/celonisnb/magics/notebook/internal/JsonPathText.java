package io.github.celonisnb.magics.notebook.internal;

import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders a JSON path for reports: {@code cells[3].outputs[0].data["text/plain"]}. Field names pass through the
 * scanner first, because a field name can itself be a secret.
 */
final class JsonPathText {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPathText() {
    }

    static String render(List<Object> segments, SecretScanner scanner) {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
                continue;
            }
            String name = scanner.redact((String) segment);
            if (IDENTIFIER.matcher(name).matches()) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            } else {
                out.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
            }
        }
        return out.toString();
    }
}
