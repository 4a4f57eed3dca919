package io.github.celonisnb.magics.magic;

import java.util.List;

/**
 * Something notebook code gets back that shows as a table: a title, column headers and rows of text. The
 * kernel renders every {@code Tabular} with one renderer, {@link #toHtml()} for the notebook and
 * {@link #toText()} for consoles and saved text; implementations return {@link #toText()} from
 * {@code toString()}, so printing one is readable too.
 *
 * <p>Cells are plain text, never markup: {@link #toHtml()} escapes them, so a pool named {@code <script>} shows
 * as those characters.
 */
public interface Tabular {

    /** What the table shows, e.g. {@code Data pools (2)}. */
    String title();

    /** The column headers, at least one. */
    List<String> columns();

    /** The rows, each with one cell per column; a null cell shows as empty. */
    List<List<String>> rows();

    /**
     * The table as an HTML {@code <table>} with the title as its caption and every cell escaped.
     *
     * @throws IllegalStateException when a row's length differs from the number of columns
     */
    default String toHtml() {
        return TableRenderer.html(this);
    }

    /**
     * The table as aligned plain text: the title, the headers, a rule of dashes, then one line per row, the
     * columns two spaces apart. A line break or other control character in a cell shows as a space.
     *
     * @throws IllegalStateException when a row's length differs from the number of columns
     */
    default String toText() {
        return TableRenderer.text(this);
    }
}
