package io.github.celonisnb.emulator.internal.http.ui;

/**
 * The one escaping helper of the web page: every value that is not a literal of the templates goes
 * through {@link #escape} before it is written, in element text and in attribute values alike.
 */
public final class Html {

    private Html() {
    }

    /**
     * The text with {@code & < > " '} replaced by character references, so that it reads as text
     * wherever it is put: between tags or inside a quoted attribute value.
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
