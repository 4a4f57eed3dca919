package io.github.celonisnb.magics.notebook;

import io.github.celonisnb.magics.notebook.internal.NotebookRewriter;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Removes secrets from notebook files and changes nothing else. The notebook is parsed as a stream of JSON tokens;
 * every string value (and field name) is scanned in decoded form, and only the string tokens holding a secret are
 * rewritten, with the secret replaced by a redaction mark and every other byte of the token as it was. All bytes
 * between tokens are copied, so a notebook without secrets comes out byte-identical, and sanitizing twice gives the
 * same bytes as sanitizing once. A cell id holding a secret is the one string replaced whole, by {@code redacted-N},
 * an id nbformat accepts and no other cell of the notebook has.
 *
 * <p>Works for nbformat 2, 3 and 4.x, any indentation or none, LF or CRLF line ends, <code>&#92;uXXXX</code> and {@code \/}
 * escapes, duplicate keys, and strings of any length. Immutable and thread-safe.
 */
public final class NotebookSanitizer {

    private final SecretScanner scanner;
    private final InputShape required;

    /** A sanitizer that redacts what {@code scanner} finds in any JSON object ({@link InputShape#JSON_OBJECT}). */
    public NotebookSanitizer(SecretScanner scanner) {
        this(scanner, InputShape.JSON_OBJECT);
    }

    /**
     * A sanitizer that redacts what {@code scanner} finds, and refuses input that is not of the {@code required}
     * shape; use {@link InputShape#NOTEBOOK} for files, so that JSON which is no notebook is not passed as clean.
     */
    public NotebookSanitizer(SecretScanner scanner, InputShape required) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.required = Objects.requireNonNull(required, "required");
    }

    /**
     * Sanitizes a notebook held in memory.
     *
     * @throws InvalidNotebookException when the bytes are not a UTF-8 JSON object of the required shape
     */
    public SanitizeResult sanitize(byte[] notebook) throws InvalidNotebookException {
        NotebookRewriter.Outcome outcome = NotebookRewriter.rewrite(scanner, notebook, required);
        return new SanitizeResult(outcome.findings(), outcome.bytes());
    }

    /**
     * Sanitizes from one stream to another, for files too big to hold twice in memory: only the value being scanned
     * is buffered. Neither stream is closed.
     *
     * <p>Bytes are written while reading, so when an {@link InvalidNotebookException} or {@link IOException} is
     * thrown, {@code out} holds part of a notebook and must be discarded (write to a temporary file, then move it).
     *
     * @throws InvalidNotebookException when the input is not a UTF-8 JSON object of the required shape
     * @throws IOException              when reading or writing fails
     */
    public SanitizeReport sanitize(InputStream in, OutputStream out) throws IOException, InvalidNotebookException {
        return new SanitizeReport(NotebookRewriter.rewrite(scanner, in, out, required));
    }
}
