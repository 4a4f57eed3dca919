package io.github.celonisnb.magics.permissions;

import java.util.Objects;

/**
 * A policy could not be read: the file is missing, unreadable or malformed, or an option's value is. The message
 * names the file (or option), the line and column where known, and what was expected.
 */
public final class InvalidPolicyException extends Exception {

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param source  the file or option, e.g. {@code /work/nb/celonis-policy.json} or {@code --require}
     * @param line    the line (from 1), or 0 when unknown
     * @param column  the column (from 1), or 0 when unknown
     * @param problem what is wrong and what was expected; never the file's content beyond a permission name
     */
    public InvalidPolicyException(String source, int line, int column, String problem) {
        super(Objects.requireNonNull(source, "source") + (line > 0 ? ", line " + line + ", column " + column : "")
                + ": " + Objects.requireNonNull(problem, "problem"));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file or option. */
    public String source() {
        return source;
    }

    /** The line (from 1), or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The column (from 1), or 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
