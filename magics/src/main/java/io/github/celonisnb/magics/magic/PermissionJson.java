package io.github.celonisnb.magics.magic;

import java.util.List;

import io.github.celonisnb.magics.ems.ServicePermissions;

/**
 * Writes a permission list exactly as PyCelonis prints it: Python's {@code json.dumps(indent=4)},
 * {@code "permissions"} before {@code "serviceName"}, {@code []} for none, non-ASCII as
 * {@code \\uXXXX}. Users compare this output with PyCelonis' byte for byte, so no JSON library's
 * own pretty printer will do.
 */
public final class PermissionJson {

    private PermissionJson() {
    }

    /** The list as indented JSON, without a trailing newline. */
    public static String format(List<ServicePermissions> services) {
        if (services.isEmpty()) {
            return "[]";
        }
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < services.size(); i++) {
            ServicePermissions s = services.get(i);
            out.append("    {\n");
            out.append("        \"permissions\": ");
            List<String> names = s.permissions();
            if (names.isEmpty()) {
                out.append("[]");
            } else {
                out.append("[\n");
                for (int j = 0; j < names.size(); j++) {
                    out.append("            ").append(quote(names.get(j)));
                    out.append(j + 1 < names.size() ? ",\n" : "\n");
                }
                out.append("        ]");
            }
            out.append(",\n");
            out.append("        \"serviceName\": ").append(quote(s.serviceName())).append('\n');
            out.append(i + 1 < services.size() ? "    },\n" : "    }\n");
        }
        return out.append(']').toString();
    }

    /** A JSON string as Python writes it with ensure_ascii. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
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
