package io.github.celonisnb.kernel.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.celonisnb.magics.magic.Tabular;

/**
 * A table built in a notebook cell; the kernel shows every {@link Tabular} as an HTML table with a plain-text
 * twin. Cells are text: values are turned into strings with {@code String.valueOf}, and HTML in them is escaped.
 *
 * @param title   the caption, may be empty
 * @param columns the column headers
 * @param rows    the rows, each as long as {@code columns}
 */
public record Table(String title, List<String> columns, List<List<String>> rows) implements Tabular {

    public Table {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> (List<String>) java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("Row " + (i + 1) + " has " + rows.get(i).size() + " cells, but the table has "
                        + columns.size() + " columns; give every row one value per column.");
            }
        }
    }

    /** A table from rows of any values; a null value shows as an empty cell. */
    public static Table of(String title, List<String> columns, List<? extends List<?>> rows) {
        List<List<String>> text = new ArrayList<>();
        for (List<?> row : rows) {
            List<String> cells = new ArrayList<>();
            row.forEach(v -> cells.add(v == null ? null : String.valueOf(v)));
            text.add(cells);
        }
        return new Table(title, columns, text);
    }

    /** A table with one row per map; the columns are the keys in order of first appearance. */
    public static Table ofRecords(String title, List<? extends Map<String, ?>> records) {
        Set<String> columns = new LinkedHashSet<>();
        records.forEach(r -> columns.addAll(r.keySet()));
        List<List<?>> rows = new ArrayList<>();
        for (Map<String, ?> record : records) {
            List<Object> row = new ArrayList<>();
            columns.forEach(c -> row.add(record.get(c)));
            rows.add(row);
        }
        return of(title, new ArrayList<>(columns), rows);
    }

    @Override
    public String toString() {
        return toText();
    }
}
