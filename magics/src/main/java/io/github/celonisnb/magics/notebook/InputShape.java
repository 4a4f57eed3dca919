package io.github.celonisnb.magics.notebook;

/**
 * What {@link NotebookSanitizer} and {@link NotebookChecker} accept besides valid UTF-8 JSON. Secrets are found and
 * replaced the same way in both cases; the shape only decides what is refused.
 */
public enum InputShape {

    /**
     * Any JSON object: a notebook, or a piece of one such as a single output. For callers that hand over JSON they
     * built themselves.
     */
    JSON_OBJECT,

    /**
     * A Jupyter notebook, for files: a JSON object with a {@code cells} list whose elements are objects (nbformat 4,
     * and 1), or a {@code worksheets} list of objects whose {@code cells}, when present, are lists of objects
     * (nbformat 2 and 3); {@code nbformat} and {@code nbformat_minor}, when present, whole numbers; {@code metadata},
     * when present, an object. Anything else is refused with
     * {@link InvalidNotebookException.Reason#NOT_A_NOTEBOOK}, naming what is wrong and where.
     *
     * <p>Only what no notebook writer produces is refused. A missing {@code nbformat} or {@code metadata}, missing or
     * duplicate cell ids, unknown cell or output types, and other departures from nbformat's schema are accepted, as
     * they are in real notebooks.
     */
    NOTEBOOK
}
