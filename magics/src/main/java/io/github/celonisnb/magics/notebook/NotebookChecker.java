package io.github.celonisnb.magics.notebook;

import io.github.celonisnb.magics.notebook.internal.NotebookRewriter;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * Finds secrets in notebook files without changing them: the same scan as {@link NotebookSanitizer}, for
 * {@code check}, pre-commit hooks and code scanning reports. Immutable and thread-safe.
 */
public final class NotebookChecker {

    private final SecretScanner scanner;
    private final InputShape required;

    /** A checker for any JSON object ({@link InputShape#JSON_OBJECT}). */
    public NotebookChecker(SecretScanner scanner) {
        this(scanner, InputShape.JSON_OBJECT);
    }

    /** A checker that refuses input not of the {@code required} shape; {@link InputShape#NOTEBOOK} for files. */
    public NotebookChecker(SecretScanner scanner, InputShape required) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.required = Objects.requireNonNull(required, "required");
    }

    /**
     * The secrets in a notebook held in memory, in file order.
     *
     * @throws InvalidNotebookException when the bytes are not a UTF-8 JSON object of the required shape
     */
    public List<NotebookFinding> check(byte[] notebook) throws InvalidNotebookException {
        return NotebookRewriter.check(scanner, notebook, required);
    }

    /**
     * The secrets in a notebook read from a stream, in file order; the stream is not closed.
     *
     * @throws InvalidNotebookException when the input is not a UTF-8 JSON object of the required shape
     * @throws IOException              when reading fails
     */
    public List<NotebookFinding> check(InputStream in) throws IOException, InvalidNotebookException {
        return NotebookRewriter.check(scanner, in, required);
    }
}
