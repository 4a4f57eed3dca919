package io.github.celonisnb.magics.magic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.celonisnb.magics.ems.CloudUser;
import io.github.celonisnb.magics.ems.EmsClient;
import io.github.celonisnb.magics.ems.EmsException;
import io.github.celonisnb.magics.ems.PoolData;
import io.github.celonisnb.magics.ems.ServicePermissions;
import io.github.celonisnb.magics.ems.SpaceData;
import io.github.celonisnb.magics.permissions.KeyAccess;
import io.github.celonisnb.magics.permissions.ListedObject;
import io.github.celonisnb.magics.permissions.ListedService;
import io.github.celonisnb.magics.permissions.ObjectKind;
import io.github.celonisnb.magics.secrets.KeyType;

/**
 * Collects what EMS tells a key about its rights, for the permission report: the service-level lists, and the
 * listings of the objects of each service that lists anything (their {@code permissions} arrays hold the grants
 * on single objects). A listing that fails is noted, not thrown: the report then says what it could not show.
 */
final class SessionAccess {

    private SessionAccess() {
    }

    /** Asks EMS afresh: who the key belongs to, its permissions, and the listings they call for. */
    static KeyAccess read(EmsClient client) {
        CloudUser user = client.whoami();
        return read(client, client.keyType(), user, client.permissions());
    }

    /** Uses the who-am-I and permissions already fetched (at login) and asks only for the listings. */
    static KeyAccess read(EmsClient client, KeyType keyType, CloudUser user, List<ServicePermissions> permissions) {
        Objects.requireNonNull(client, "client");
        List<ListedService> services = permissions.stream()
                .map(p -> new ListedService(Objects.toString(p.serviceName(), ""), p.permissions()))
                .toList();
        List<ListedObject> objects = new ArrayList<>();
        Set<ObjectKind> unlisted = EnumSet.noneOf(ObjectKind.class);
        for (ObjectKind kind : KeyAccess.kindsToList(services)) {
            try {
                objects.addAll(list(client, kind));
            } catch (EmsException e) {
                unlisted.add(kind);
            }
        }
        return new KeyAccess(keyType, user.displayName(), services, objects, unlisted);
    }

    private static List<ListedObject> list(EmsClient client, ObjectKind kind) {
        return switch (kind) {
            case DATA_POOL -> client.pools().stream().map(SessionAccess::pool).toList();
            case SPACE -> client.spaces().stream().map(SessionAccess::space).toList();
        };
    }

    private static ListedObject pool(PoolData pool) {
        return new ListedObject(ObjectKind.DATA_POOL, Objects.toString(pool.id(), ""), pool.name(), pool.permissions());
    }

    private static ListedObject space(SpaceData space) {
        return new ListedObject(ObjectKind.SPACE, Objects.toString(space.id(), ""), space.name(), space.permissions());
    }
}
