package io.github.celonisnb.magics.notebook;

/**
 * The input is not a notebook we can process: not JSON, not UTF-8, not a JSON object, or cut off. The message says
 * what is wrong and where, and never quotes the file's content (the content may be the secret we are asked to remove).
 */
public final class InvalidNotebookException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the input. */
    public enum Reason {
        /** There are no bytes, or only blanks. */
        EMPTY("the file is empty"),
        /** The bytes are UTF-16 or UTF-32; notebooks are UTF-8. */
        NOT_UTF8("the file is not UTF-8 (it looks like UTF-16 or UTF-32)"),
        /** The JSON syntax is broken. */
        MALFORMED_JSON("the JSON is malformed"),
        /**
         * The file ends before the JSON does: a truncated or half-written file. (A file cut right after a decimal
         * point or an exponent letter reads as {@link #MALFORMED_JSON}: the number itself is broken.)
         */
        TRUNCATED("the file ends in the middle of the JSON (it may be truncated)"),
        /** The top-level value is an array, string or number. */
        NOT_AN_OBJECT("the top-level JSON value is not an object"),
        /** Something other than blanks follows the top-level object: more JSON, or anything else. */
        TRAILING_CONTENT("there is unexpected content after the notebook's end",
                "Delete everything after the notebook's closing brace, or restore the file from version control,"
                        + " then try again."),
        /** A value is beyond what the parser accepts (nesting depth, number length). */
        LIMIT_EXCEEDED("a value exceeds the parser's limits (nesting depth or number length)");

        private final String description;
        private final String advice;

        Reason(String description) {
            this(description, "Fix the file in a text editor or restore it from version control, then try again.");
        }

        Reason(String description, String advice) {
            this.description = description;
            this.advice = advice;
        }

        /** The reason in words, as used in the message. */
        public String description() {
            return description;
        }

        /** What the user can do about it, as the message's last sentence. */
        public String advice() {
            return advice;
        }
    }

    private final Reason reason;
    private final int line;
    private final int column;

    /**
     * @param reason what is wrong
     * @param line   1-based line where the problem was noticed, or -1 when unknown
     * @param column 1-based column, or -1 when unknown
     */
    public InvalidNotebookException(Reason reason, int line, int column) {
        super(message(reason, line, column));
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    public Reason reason() {
        return reason;
    }

    /** 1-based line where the problem was noticed, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column where the problem was noticed, or -1 when unknown. */
    public int column() {
        return column;
    }

    private static String message(Reason reason, int line, int column) {
        String where = line > 0 ? " at line " + line + (column > 0 ? ", column " + column : "") : "";
        return "Not a valid notebook: " + reason.description() + where + ". " + reason.advice();
    }
}
