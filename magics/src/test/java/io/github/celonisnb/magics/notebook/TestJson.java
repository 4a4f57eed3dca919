package io.github.celonisnb.magics.notebook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A JSON writer for test notebooks that can imitate many writers' styles: nbformat's (indent 1, raw UTF-8),
 * other indents, minified, CRLF line ends, {@code \/} escapes, ASCII-only with lower or upper hex, and arbitrary
 * characters written as escapes. Objects keep member order and may repeat a key.
 */
public final class TestJson {

    /** An object with ordered members; keys may repeat. */
    public record Obj(List<Map.Entry<String, Object>> members) {
        public Obj with(String key, Object value) {
            List<Map.Entry<String, Object>> copy = new ArrayList<>(members);
            copy.add(Map.entry(key, value == null ? NULL : value));
            return new Obj(copy);
        }
    }

    /** JSON null (a Map.Entry cannot hold a Java null). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /**
     * How to write.
     *
     * @param indent         spaces per level; 0 writes everything on one line
     * @param newline        line end between lines
     * @param escapeSlash    write '/' as {@code \/}
     * @param asciiOnly      write non-ASCII as escapes
     * @param upperHex       uppercase hex digits in escapes
     * @param escapeEvery    write every n-th plain character of strings as an escape too (0 = never)
     * @param finalNewline   end the file with a line end
     */
    public record Style(int indent, String newline, boolean escapeSlash, boolean asciiOnly, boolean upperHex,
            int escapeEvery, boolean finalNewline) {
        public static final Style NBFORMAT = new Style(1, "\n", false, false, false, 0, true);
        public static final Style CRLF_TWO_SPACES = new Style(2, "\r\n", false, false, false, 0, true);
        public static final Style MINIFIED_ESCAPED = new Style(0, "", true, true, true, 0, false);
        public static final Style ODD_ESCAPES = new Style(4, "\n", true, false, false, 5, false);

        public static final List<Style> ALL = List.of(NBFORMAT, CRLF_TWO_SPACES, MINIFIED_ESCAPED, ODD_ESCAPES);
    }

    private TestJson() {
    }

    public static Obj obj(Object... keysAndValues) {
        Obj o = new Obj(List.of());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            o = o.with((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return o;
    }

    public static List<Object> list(Object... values) {
        return Arrays.asList(values);
    }

    public static byte[] write(Object value, Style style) {
        StringBuilder out = new StringBuilder();
        write(value, style, 0, out);
        if (style.finalNewline) {
            out.append(style.newline.isEmpty() ? "\n" : style.newline);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Object value, Style style, int depth, StringBuilder out) {
        if (value == NULL || value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(s, style, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Obj o) {
            if (o.members.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            for (int i = 0; i < o.members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                newline(style, depth + 1, out);
                writeString(o.members.get(i).getKey(), style, out);
                out.append(style.indent > 0 ? ": " : ":");
                write(o.members.get(i).getValue(), style, depth + 1, out);
            }
            newline(style, depth, out);
            out.append('}');
        } else if (value instanceof List<?> l) {
            if (l.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                newline(style, depth + 1, out);
                write(l.get(i), style, depth + 1, out);
            }
            newline(style, depth, out);
            out.append(']');
        } else {
            throw new IllegalArgumentException("Cannot write " + value.getClass());
        }
    }

    private static void newline(Style style, int depth, StringBuilder out) {
        if (style.indent > 0) {
            out.append(style.newline).append(" ".repeat(style.indent * depth));
        }
    }

    private static void writeString(String s, Style style, StringBuilder out) {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String hex = style.upperHex ? "\\u%04X" : "\\u%04x";
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(style.escapeSlash ? "\\/" : "/");
                default -> {
                    plain++;
                    boolean everyNth = style.escapeEvery > 0 && plain % style.escapeEvery == 0;
                    if (c < 0x20 || (style.asciiOnly && c > 0x7e) || everyNth) {
                        out.append(String.format(hex, (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
