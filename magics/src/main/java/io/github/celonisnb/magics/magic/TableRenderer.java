package io.github.celonisnb.magics.magic;

import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Tabular} as HTML or as aligned text. */
final class TableRenderer {

    /** What an empty table shows instead of rows. */
    static final String NO_ROWS = "(none)";
    private static final String GAP = "  ";

    private TableRenderer() {
    }

    static String html(Tabular table) {
        List<String> columns = table.columns();
        List<List<String>> rows = checkedRows(table);
        StringBuilder out = new StringBuilder("<table>\n<caption>").append(escape(table.title()))
                .append("</caption>\n<thead><tr>");
        columns.forEach(column -> out.append("<th>").append(escape(column)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        if (rows.isEmpty()) {
            out.append("<tr><td colspan=\"").append(columns.size()).append("\">").append(NO_ROWS)
                    .append("</td></tr>\n");
        }
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>").toString();
    }

    static String text(Tabular table) {
        List<String> columns = table.columns().stream().map(TableRenderer::oneLine).toList();
        List<List<String>> rows = checkedRows(table).stream()
                .map(row -> row.stream().map(TableRenderer::oneLine).toList())
                .toList();
        StringBuilder out = new StringBuilder(oneLine(table.title()));
        if (rows.isEmpty()) {
            return out.append('\n').append(NO_ROWS).toString();
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(columns.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, columns, widths);
        line(out, rule, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell).append(" ".repeat(widths[i] - width(cell)));
            if (i + 1 < cells.size()) {
                line.append(GAP);
            }
        }
        out.append('\n').append(line.toString().stripTrailing());
    }

    private static List<List<String>> checkedRows(Tabular table) {
        int columns = table.columns().size();
        if (columns == 0) {
            throw new IllegalStateException("The table '" + oneLine(table.title()) + "' has no columns; a table"
                    + " needs at least one");
        }
        List<List<String>> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns) {
                throw new IllegalStateException("Row " + (i + 1) + " of the table '" + oneLine(table.title())
                        + "' has " + count(rows.get(i).size(), "cell") + ", but the table has "
                        + count(columns, "column"));
            }
        }
        return rows;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The cell on one line: null is empty, and each control character (line breaks, tabs) becomes a space. */
    private static String oneLine(String cell) {
        return cell == null ? "" : cell.replaceAll("\\p{Cntrl}", " ");
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    static String escape(String text) {
        return HtmlText.escape(text);
    }
}
