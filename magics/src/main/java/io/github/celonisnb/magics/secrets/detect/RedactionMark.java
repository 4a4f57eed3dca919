package io.github.celonisnb.magics.secrets.detect;

/**
 * The text that replaces a secret: {@code [REDACTED <kind>]}. It contains nothing any detector matches, so redacting
 * twice gives the same text as redacting once.
 */
public final class RedactionMark {

    /** What every mark starts with; detectors skip values that begin with it. */
    public static final String PREFIX = "[REDACTED ";

    private RedactionMark() {
    }

    /** The mark for one kind, for example {@code [REDACTED celonis-app-key]}. */
    public static String of(String kind) {
        return PREFIX + kind + "]";
    }

    /** Whether the text at {@code index} starts a redaction mark. */
    static boolean startsAt(CharSequence text, int index) {
        int n = PREFIX.length();
        if (index < 0 || index + n > text.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (text.charAt(index + i) != PREFIX.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
