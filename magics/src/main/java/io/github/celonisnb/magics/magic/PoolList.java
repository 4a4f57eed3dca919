package io.github.celonisnb.magics.magic;

import java.util.List;

/** The data pools the key may see, in the server's order, as {@code celonis.pools()} returns them. */
public final class PoolList extends TabularList<DataPool> {

    private static final List<String> COLUMNS = List.of("id", "name", "configuration status", "permissions");

    PoolList(List<DataPool> pools) {
        super(pools);
    }

    /** {@code Data pools (<n>)}. */
    @Override
    public String title() {
        return "Data pools (" + size() + ")";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    List<String> row(DataPool pool) {
        return List.of(Cells.text(pool.id()), Cells.text(pool.name()), Cells.text(pool.configurationStatus()),
                Cells.permissions(pool.permissions()));
    }
}
