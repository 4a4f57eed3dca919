package io.github.celonisnb.magics.notebook;

/**
 * A cell's metadata says {@code keep_output: false} while the cell is tagged {@code keep_output}: stripping cannot
 * know which one the author meant. The user fixes the cell.
 */
public final class CellMetadataConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int cell;

    public CellMetadataConflictException(int cell) {
        super("Cell " + cell + ": its metadata says keep_output is false, but it is tagged keep_output. Remove the"
                + " tag or the metadata entry, then try again.");
        this.cell = cell;
    }

    /** Index of the cell (counting all worksheets' cells in order for nbformat 2 and 3). */
    public int cell() {
        return cell;
    }
}
