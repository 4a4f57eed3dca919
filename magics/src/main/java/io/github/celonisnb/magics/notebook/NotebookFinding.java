package io.github.celonisnb.magics.notebook;

import java.util.Objects;

/**
 * A secret found in a notebook file: where it is and what kind it is, never the secret. The JSON path shows field
 * names with any secret inside them already redacted, so the finding can be printed, logged and put in a SARIF report.
 *
 * @param cell   index of the cell (within its worksheet for nbformat 2 and 3), or -1 outside cells (notebook
 *               metadata)
 * @param output index of the output within the cell, or -1 when the secret is not in an output
 * @param path   JSON path of the value, e.g. {@code cells[3].outputs[0].text} or
 *               {@code cells[1].outputs[0].data["text/plain"]}; for a value stored as a list of lines, the path of
 *               the list
 * @param kind   what was found, e.g. {@code celonis-key} or the label of a known secret
 * @param line   1-based line in the file where the secret starts
 */
public record NotebookFinding(int cell, int output, String path, String kind, int line) {

    public NotebookFinding {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
    }
}
