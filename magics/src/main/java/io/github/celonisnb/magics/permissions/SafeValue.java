package io.github.celonisnb.magics.permissions;

import java.util.regex.Pattern;

/** Quotes a value a user wrote, unless it could be a key pasted in the wrong place. */
final class SafeValue {

    private static final Pattern KEY_LIKE_RUN = Pattern.compile("[A-Za-z0-9+/_=-]{40,}");
    private static final int LONGEST_SHOWN = 80;

    private SafeValue() {
    }

    /** {@code 'VALUE'}, or {@code a value of N characters (not shown)} for a long or key-like value. */
    static String quote(String value) {
        if (value.length() > LONGEST_SHOWN || KEY_LIKE_RUN.matcher(value).find()) {
            return "a value of " + value.length() + " characters (not shown)";
        }
        return "'" + value.replaceAll("\\p{Cntrl}", " ") + "'";
    }
}
