package io.github.celonisnb.magics.notebook;

/**
 * The input is not a notebook we can process: not JSON, not UTF-8, cut off, or JSON that is not laid out as a
 * notebook. The message says what is wrong, where, and what to do, and never quotes the file's content (the content
 * may be the secret we are asked to remove).
 */
public final class InvalidNotebookException extends Exception {

    private static final long serialVersionUID = 1L;

    private static final String FIX_THE_JSON =
            "Fix the file in a text editor or restore it from version control, then try again.";
    private static final String NOT_A_NOTEBOOK_ADVICE = "A notebook is a JSON object with a \"cells\" list (nbformat"
            + " 4) or a \"worksheets\" list (nbformat 2 and 3). If this file is a notebook, restore it from version"
            + " control or save it again from Jupyter; if it is not, leave it out.";

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
        /** The top-level value is an array, string, number, boolean or null. */
        NOT_AN_OBJECT(true, "the top-level JSON value is not an object", NOT_A_NOTEBOOK_ADVICE),
        /**
         * The JSON is an object, but not laid out as a notebook: no {@code cells} list, cells that are not objects, a
         * version that is not a number (see {@link InputShape#NOTEBOOK}).
         */
        NOT_A_NOTEBOOK(true, "the JSON is not laid out as a notebook", NOT_A_NOTEBOOK_ADVICE),
        /** Something other than blanks follows the top-level object: more JSON, or anything else. */
        TRAILING_CONTENT(false, "there is unexpected content after the notebook's end",
                "Delete everything after the notebook's closing brace, or restore the file from version control,"
                        + " then try again."),
        /** A value is beyond what the parser accepts (nesting depth, number length). */
        LIMIT_EXCEEDED("a value exceeds the parser's limits (nesting depth or number length)");

        private final boolean wrongShape;
        private final String description;
        private final String advice;

        Reason(String description) {
            this(false, description, FIX_THE_JSON);
        }

        Reason(boolean wrongShape, String description, String advice) {
            this.wrongShape = wrongShape;
            this.description = description;
            this.advice = advice;
        }

        /** The reason in words, as used in the message when no more specific description is given. */
        public String description() {
            return description;
        }

        /** What the user can do about it, as the message's last sentence. */
        public String advice() {
            return advice;
        }

        /** The message's opening: the JSON may be fine, and still not be a notebook. */
        String heading() {
            return wrongShape ? "Not a Jupyter notebook: " : "Not a valid notebook: ";
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
        this(reason, reason.description(), line, column);
    }

    /**
     * @param reason      what is wrong
     * @param description what is wrong in words, more precisely than {@link Reason#description()}, e.g.
     *                    {@code cell 2 is a string instead of an object}; made of fixed words and numbers only, never
     *                    of text from the file
     * @param line        1-based line where the problem was noticed, or -1 when unknown
     * @param column      1-based column, or -1 when unknown
     */
    public InvalidNotebookException(Reason reason, String description, int line, int column) {
        super(message(reason, description, line, column));
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

    private static String message(Reason reason, String description, int line, int column) {
        String where = line > 0 ? " at line " + line + (column > 0 ? ", column " + column : "") : "";
        return reason.heading() + description + where + ". " + reason.advice();
    }
}
