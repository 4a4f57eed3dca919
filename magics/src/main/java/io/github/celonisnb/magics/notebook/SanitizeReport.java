package io.github.celonisnb.magics.notebook;

import java.util.List;

/**
 * What sanitizing a notebook from a stream to a stream did. The sanitized bytes went to the output stream.
 *
 * @param findings what was found and redacted, in file order
 */
public record SanitizeReport(List<NotebookFinding> findings) {

    public SanitizeReport {
        findings = List.copyOf(findings);
    }

    /** Whether the output differs from the input; true exactly when something was found. */
    public boolean changed() {
        return !findings.isEmpty();
    }
}
