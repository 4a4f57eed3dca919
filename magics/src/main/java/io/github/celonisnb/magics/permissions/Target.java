package io.github.celonisnb.magics.permissions;

import java.util.Objects;
import java.util.Optional;

/**
 * What a permission is held on: the whole service, or one object of it.
 *
 * @param kind the kind of object; empty for the whole service
 * @param id   the object's id; empty for the whole service
 * @param name the object's name; empty for the whole service, or when EMS gave none
 */
public record Target(Optional<ObjectKind> kind, String id, String name) {

    private static final Target WHOLE_SERVICE = new Target(Optional.empty(), "", "");

    public Target {
        Objects.requireNonNull(kind, "kind");
        id = id == null ? "" : id;
        name = name == null ? "" : name;
    }

    /** The whole service. */
    public static Target wholeService() {
        return WHOLE_SERVICE;
    }

    /** One listed object. */
    public static Target of(ListedObject object) {
        return new Target(Optional.of(object.kind()), object.id(), object.name());
    }

    /** One object known by name or id only, e.g. from a policy. */
    public static Target named(ObjectKind kind, String nameOrId) {
        return new Target(Optional.of(kind), "", nameOrId);
    }

    /** Whether this is the whole service. */
    public boolean isWholeService() {
        return kind.isEmpty();
    }

    /** In words: {@code whole service}, or e.g. {@code data pool 'Sales'}. */
    public String describe() {
        return kind.map(k -> k.word() + " '" + (name.isBlank() ? id : name) + "'").orElse("whole service");
    }
}
