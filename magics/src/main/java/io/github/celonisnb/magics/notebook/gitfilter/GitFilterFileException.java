package io.github.celonisnb.magics.notebook.gitfilter;

/**
 * Thrown by a clean function when one file cannot be filtered (for example, it is not a valid notebook). The filter
 * answers {@code status=error} for that file and goes on with the next; the message goes into the session summary,
 * so it must say what is wrong without quoting the file.
 */
public final class GitFilterFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GitFilterFileException(String message) {
        super(message);
    }
}
