package io.github.celonisnb.magics.secrets;

/**
 * Thrown by {@link ApiKey#of(CharSequence)} when a value cannot be a key. The message says what is wrong and
 * where, never what the value is.
 */
public final class InvalidApiKeyException extends IllegalArgumentException {

    /** What is wrong with the value. */
    public enum Problem {
        /** Nothing but whitespace, or nothing at all. */
        EMPTY,
        /** Whitespace between the first and the last character. */
        WHITESPACE,
        /** A control character such as NUL or ESC. */
        CONTROL_CHARACTER,
        /** A character outside printable ASCII, which cannot travel in an HTTP header. */
        NON_ASCII
    }

    private final Problem problem;
    private final int position;

    InvalidApiKeyException(Problem problem, int position, String message) {
        super(message);
        this.problem = problem;
        this.position = position;
    }

    /** What is wrong with the value. */
    public Problem problem() {
        return problem;
    }

    /**
     * The 1-based position of the offending character in the key (after surrounding whitespace is removed),
     * or 0 for {@link Problem#EMPTY}.
     */
    public int position() {
        return position;
    }
}
