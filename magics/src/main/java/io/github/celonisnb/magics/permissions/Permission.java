package io.github.celonisnb.magics.permissions;

import java.util.Objects;

/**
 * One permission name of the catalogue: where it applies, what it means in words, and its risk.
 *
 * @param service     the service it belongs to
 * @param name        the identifier on the wire, e.g. {@code EDIT_ALL_DATA_POOLS}
 * @param description what it allows, in the words of the EMS user interface where known
 * @param risk        our risk level for it
 * @param scope       whether it is granted on the whole service or on one object (pool, space, ...)
 */
public record Permission(Service service, String name, String description, Risk risk, Scope scope) {

    /** Where a permission is granted. */
    public enum Scope {
        /** Granted on the service as a whole: listed by {@code /api/cloud/permissions}. */
        SERVICE,
        /** Granted on one object: shown in that object's {@code permissions} array. */
        OBJECT,
        /** Either: the name occurs at both levels. */
        ANY
    }

    public Permission {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(scope, "scope");
    }

    /** {@code $ACCESS_CHILD} is not a grant: it marks that some object below the service has one. */
    public boolean isChildAccessMarker() {
        return PermissionCatalog.ACCESS_CHILD.equals(name);
    }
}
