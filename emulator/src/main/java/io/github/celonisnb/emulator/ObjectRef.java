package io.github.celonisnb.emulator;

import java.util.Objects;

/**
 * One object a grant is limited to, e.g. the data pool with a given id.
 *
 * @param type the kind of object
 * @param id   its id, as the listings show it
 */
public record ObjectRef(ObjectType type, String id) {

    public ObjectRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** The form used in a grant's text: {@code pool/<id>}. */
    @Override
    public String toString() {
        return type.word() + "/" + id;
    }
}
