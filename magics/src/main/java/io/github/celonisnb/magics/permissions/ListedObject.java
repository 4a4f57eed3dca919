package io.github.celonisnb.magics.permissions;

import java.util.List;
import java.util.Objects;

/**
 * One object (a data pool, a space) as a listing shows it to a key: its {@code permissions} array holds the
 * key's rights on it, both those of the whole service and those granted on this object alone.
 *
 * @param kind  what kind of object it is
 * @param id    its id
 * @param name  its name, as shown in EMS; may be empty
 * @param names the names in its {@code permissions} array, in the server's order
 */
public record ListedObject(ObjectKind kind, String id, String name, List<String> names) {

    public ListedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        names = List.copyOf(names);
    }

    /** The object in words, e.g. {@code data pool 'Sales'}, or its id when it has no name. */
    public String describe() {
        return kind.word() + " '" + (name.isBlank() ? id : name) + "'";
    }
}
