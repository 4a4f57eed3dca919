package io.github.celonisnb.emulator.internal;

/**
 * Quotes user-supplied values for messages without risking a secret: a value long enough to be a key
 * (keys are 108 characters) is described instead of shown.
 */
public final class SafeText {

    /** Values longer than this are never echoed; ids, names and grants are far shorter. */
    public static final int MAX_ECHOED_LENGTH = 64;

    private SafeText() {
    }

    /** {@code 'value'}, or a description of the value when it is too long to be shown safely. */
    public static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        if (value.length() > MAX_ECHOED_LENGTH) {
            return "(a " + value.length() + "-character value, not shown)";
        }
        return "'" + value + "'";
    }
}
