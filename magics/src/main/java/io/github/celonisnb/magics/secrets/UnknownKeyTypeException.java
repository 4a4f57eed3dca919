package io.github.celonisnb.magics.secrets;

import java.util.regex.Pattern;

/**
 * Thrown by {@link KeyType#fromName(String)} for a name that is not a key type. The message quotes the name
 * only when it is short and looks like a name, in case someone put a key where the key type belongs.
 */
public final class UnknownKeyTypeException extends IllegalArgumentException {

    private static final Pattern NAME_LIKE = Pattern.compile("[A-Za-z_-]{1,16}");

    private final String shownValue;

    UnknownKeyTypeException(String value) {
        super("Unknown key type " + show(value) + "; the accepted names are " + KeyType.acceptedNames());
        this.shownValue = show(value);
    }

    /**
     * The rejected value as the message shows it: quoted when it looks like a name (e.g. {@code 'AppKey'}),
     * otherwise described (e.g. {@code (a value of 108 characters)}).
     */
    public String shownValue() {
        return shownValue;
    }

    private static String show(String value) {
        if (value == null) {
            return "(none)";
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return "(empty)";
        }
        if (NAME_LIKE.matcher(stripped).matches()) {
            return "'" + stripped + "'";
        }
        return "(a value of " + stripped.length() + " characters)";
    }
}
