package io.github.celonisnb.kernel.magic;

/** Writes strings as Java source literals that compile back to exactly the same string. */
final class JavaLiterals {

    private JavaLiterals() {
    }

    /** The string as a double-quoted Java literal; everything outside printable ASCII is escaped. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else {
                        // javac turns unicode escapes into characters before it reads the literal,
                        // so line breaks must be written as \\n and \\r; any other character is
                        // safe as a unicode escape.
                        switch (c) {
                            case '\n' -> out.append("\\n");
                            case '\r' -> out.append("\\r");
                            case '\t' -> out.append("\\t");
                            default -> out.append(String.format("\\u%04x", (int) c));
                        }
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
