package io.github.celonisnb.magics.magic;

import java.util.ArrayList;
import java.util.List;

/** How values show in a table cell, and the rows of a field/value table. */
final class Cells {

    /** The columns of a table that shows one object, one field per row. */
    static final List<String> FIELD_VALUE = List.of("field", "value");
    /** What an empty list of permissions shows. */
    static final String NO_PERMISSIONS = "(none)";

    private Cells() {
    }

    /** The value as text; null is empty. */
    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Permission names joined by commas, or {@value #NO_PERMISSIONS}. */
    static String permissions(List<String> names) {
        return names.isEmpty() ? NO_PERMISSIONS : String.join(", ", names);
    }

    /** Collects the rows of a field/value table in order. */
    static final class FieldRows {

        private final List<List<String>> rows = new ArrayList<>();

        FieldRows add(String field, Object value) {
            rows.add(List.of(field, text(value)));
            return this;
        }

        FieldRows addPermissions(String field, List<String> names) {
            rows.add(List.of(field, permissions(names)));
            return this;
        }

        List<List<String>> rows() {
            return List.copyOf(rows);
        }
    }
}
