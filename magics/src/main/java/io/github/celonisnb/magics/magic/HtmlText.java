package io.github.celonisnb.magics.magic;

/**
 * Escapes text for HTML: the one escaper of the project's HTML output (the permission tables here, the
 * emulator's web page), so that a name with markup in it reads as text everywhere.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /**
     * The text with {@code & < > " '} replaced by character references, so that it reads as text wherever it
     * is put: between tags or inside a quoted attribute value. Null is empty.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
