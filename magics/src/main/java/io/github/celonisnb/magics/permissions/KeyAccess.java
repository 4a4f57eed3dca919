package io.github.celonisnb.magics.permissions;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.celonisnb.magics.secrets.KeyType;

/**
 * Everything EMS told one key about its rights: the service-level lists of {@code /api/cloud/permissions} and
 * the {@code permissions} arrays of the objects it sees. {@link PermissionReport#of(KeyAccess)} turns it into
 * what is effective.
 *
 * @param keyType   how the key was accepted
 * @param ownerName the application's name for an application key, the user's for a user key
 * @param services  the services in the server's order
 * @param objects   the objects the listings showed, in the server's order
 * @param unlisted  the kinds of object whose listing failed, so that their one-object grants are unknown
 */
public record KeyAccess(KeyType keyType, String ownerName, List<ListedService> services, List<ListedObject> objects,
        Set<ObjectKind> unlisted) {

    public KeyAccess {
        Objects.requireNonNull(keyType, "keyType");
        ownerName = ownerName == null ? "" : ownerName;
        services = List.copyOf(services);
        objects = List.copyOf(objects);
        unlisted = Set.copyOf(unlisted);
    }

    /** The kinds of object worth listing for these services: those whose service lists any name. */
    public static Set<ObjectKind> kindsToList(List<ListedService> services) {
        EnumSet<ObjectKind> kinds = EnumSet.noneOf(ObjectKind.class);
        for (ListedService listed : services) {
            if (!listed.names().isEmpty()) {
                listed.service().flatMap(ObjectKind::of).ifPresent(kinds::add);
            }
        }
        return kinds;
    }
}
