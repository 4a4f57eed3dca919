package io.github.celonisnb.emulator.internal.http.ui;

import io.github.celonisnb.magics.magic.HtmlText;

/**
 * The one escaping helper of the web page: every value that is not a literal of the templates goes
 * through {@link #escape} before it is written, in element text and in attribute values alike. It is the
 * project's one escaper ({@link HtmlText}), shared with the permission tables a notebook shows.
 */
public final class Html {

    private Html() {
    }

    /**
     * The text with {@code & < > " '} replaced by character references, so that it reads as text
     * wherever it is put: between tags or inside a quoted attribute value.
     */
    public static String escape(String text) {
        return HtmlText.escape(text);
    }
}
