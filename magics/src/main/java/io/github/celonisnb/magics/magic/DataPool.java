package io.github.celonisnb.magics.magic;

import java.util.List;
import java.util.Objects;

import io.github.celonisnb.magics.ems.PoolData;

/**
 * One data pool, as {@code celonis.pools()} and {@code celonis.pool(id)} return it: the pool's
 * {@link PoolData} with its main fields at hand, shown as a field/value table.
 *
 * @param data the pool as EMS described it
 */
public record DataPool(PoolData data) implements Tabular {

    public DataPool {
        Objects.requireNonNull(data, "data");
    }

    /** The pool's id. */
    public String id() {
        return data.id();
    }

    /** The pool's name. */
    public String name() {
        return data.name();
    }

    /** The description; may be null. */
    public String description() {
        return data.description();
    }

    /** How far the pool is set up, e.g. {@code CONFIGURED}; may be null. */
    public String configurationStatus() {
        return data.configurationStatus();
    }

    /** What the key may do with the pool, e.g. {@code USE_ALL_DATA_MODELS}, {@code ADMIN}. */
    public List<String> permissions() {
        return data.permissions();
    }

    /** {@code Data pool: <name>}. */
    @Override
    public String title() {
        return "Data pool: " + Cells.text(data.name());
    }

    @Override
    public List<String> columns() {
        return Cells.FIELD_VALUE;
    }

    @Override
    public List<List<String>> rows() {
        return new Cells.FieldRows()
                .add("id", data.id())
                .add("name", data.name())
                .add("description", data.description())
                .add("configuration status", data.configurationStatus())
                .add("locked", data.locked())
                .add("changed", data.timeStamp())
                .add("created by", data.creatorUserId())
                .add("copied from", data.originalId())
                .add("object id", data.objectId())
                .addPermissions("permissions", data.permissions())
                .rows();
    }

    /** The table as text ({@link #toText()}). */
    @Override
    public String toString() {
        return toText();
    }
}
