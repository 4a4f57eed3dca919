package io.github.celonisnb.magics.magic;

import java.util.AbstractList;
import java.util.List;

/**
 * An immutable list that shows as a table, one row per element. It is a real {@link List}: code that takes
 * a list keeps working, and it equals any list with the same elements.
 *
 * @param <T> the elements
 */
public abstract class TabularList<T> extends AbstractList<T> implements Tabular {

    private final List<T> items;

    /** Subclasses live in this package; each names its title, columns and row. */
    TabularList(List<? extends T> items) {
        this.items = List.copyOf(items);
    }

    /** The row that shows {@code item}, one cell per column. */
    abstract List<String> row(T item);

    @Override
    public final T get(int index) {
        return items.get(index);
    }

    @Override
    public final int size() {
        return items.size();
    }

    @Override
    public final List<List<String>> rows() {
        return items.stream().map(this::row).toList();
    }

    /** The table as text ({@link #toText()}). */
    @Override
    public final String toString() {
        return toText();
    }
}
