package io.github.celonisnb.magics.permissions;

import java.util.Objects;

/**
 * The object a policy rule is about, by name (as EMS shows it) or by id.
 *
 * @param kind     the kind of object
 * @param nameOrId the object's exact name, or its id
 */
public record ObjectSelector(ObjectKind kind, String nameOrId) {

    public ObjectSelector {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameOrId, "nameOrId");
    }

    /** Whether the listed object is the one meant: same kind, and the name or the id is equal. */
    public boolean matches(ListedObject object) {
        return object.kind() == kind && (object.name().equals(nameOrId) || object.id().equals(nameOrId));
    }

    /** In words, e.g. {@code data pool 'Sales'}. */
    public String describe() {
        return kind.word() + " '" + nameOrId + "'";
    }
}
