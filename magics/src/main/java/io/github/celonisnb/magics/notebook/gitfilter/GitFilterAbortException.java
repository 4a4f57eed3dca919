package io.github.celonisnb.magics.notebook.gitfilter;

/**
 * Thrown by a clean function when no further file should be filtered in this session (for example, the key files
 * cannot be read). The filter answers {@code status=abort}; git stops sending files of that command.
 */
public final class GitFilterAbortException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GitFilterAbortException(String message) {
        super(message);
    }
}
