package io.github.celonisnb.magics.notebook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * What sanitizing a notebook held in memory produced: the findings (each one redacted) and the resulting bytes.
 * When nothing was found, {@link #bytes()} is the very array that was passed in.
 */
public final class SanitizeResult {

    private final List<NotebookFinding> findings;
    private final byte[] bytes;

    SanitizeResult(List<NotebookFinding> findings, byte[] bytes) {
        this.findings = List.copyOf(findings);
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    /** Whether the output differs from the input; true exactly when something was found. */
    public boolean changed() {
        return !findings.isEmpty();
    }

    /** The sanitized notebook. Not copied, for speed on large files: do not modify it. */
    public byte[] bytes() {
        return bytes;
    }

    /** What was found and redacted, in file order. */
    public List<NotebookFinding> findings() {
        return findings;
    }

    /** Writes the sanitized notebook to {@code out}; does not close it. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    @Override
    public String toString() {
        return "SanitizeResult[changed=" + changed() + ", findings=" + findings.size() + ", bytes=" + bytes.length
                + "]";
    }
}
