package io.github.celonisnb.emulator.internal.state;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.ObjectRef;
import io.github.celonisnb.emulator.ObjectType;
import io.github.celonisnb.magics.permissions.Permission;
import io.github.celonisnb.magics.permissions.PermissionCatalog;
import io.github.celonisnb.magics.permissions.Service;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The grants held by one application or user, merged per service and per object. Immutable; names
 * are kept in catalogue order and objects by type and id, so every listing is stable.
 */
public final class GrantSet {

    private static final Comparator<ObjectRef> OBJECT_ORDER =
            Comparator.comparing(ObjectRef::type, Comparator.comparingInt(ObjectType::ordinal)).thenComparing(ObjectRef::id);

    /** No grants at all: what a new application key starts with. */
    public static final GrantSet EMPTY = new GrantSet(new EnumMap<>(Service.class), new TreeMap<>(OBJECT_ORDER));

    private final Map<Service, Set<String>> byService;
    private final Map<ObjectRef, Set<String>> byObject;

    private GrantSet(Map<Service, Set<String>> byService, Map<ObjectRef, Set<String>> byObject) {
        this.byService = byService;
        this.byObject = byObject;
    }

    /** The set holding exactly these grants. */
    public static GrantSet of(Collection<Grant> grants) {
        return EMPTY.plus(grants);
    }

    /** This set with the given grants added. */
    public GrantSet plus(Collection<Grant> grants) {
        GrantSet copy = copy();
        for (Grant grant : grants) {
            Set<String> names = grant.object()
                    .map(o -> copy.byObject.computeIfAbsent(o, k -> newNameSet(grant.service())))
                    .orElseGet(() -> copy.byService.computeIfAbsent(grant.service(), GrantSet::newNameSet));
            names.addAll(grant.permissions());
        }
        return copy;
    }

    /** This set with the given grants taken away; names not held are ignored. */
    public GrantSet minus(Collection<Grant> grants) {
        GrantSet copy = copy();
        for (Grant grant : grants) {
            if (grant.object().isPresent()) {
                removeFrom(copy.byObject, grant.object().get(), grant.permissions());
            } else {
                removeFrom(copy.byService, grant.service(), grant.permissions());
            }
        }
        return copy;
    }

    /** The names granted on a service as a whole, in catalogue order; empty when none. */
    public List<String> onService(Service service) {
        return List.copyOf(byService.getOrDefault(service, Set.of()));
    }

    /** The names granted on one object itself, in catalogue order; empty when none. */
    public List<String> onObject(ObjectRef object) {
        return List.copyOf(byObject.getOrDefault(object, Set.of()));
    }

    /** Whether any single object of this service carries a grant. */
    public boolean hasObjectGrants(Service service) {
        return byObject.keySet().stream().anyMatch(o -> o.type().service() == service);
    }

    /** Every grant, in server order of services, each service's own grant before its object grants. */
    public List<Grant> asGrants() {
        List<Grant> out = new ArrayList<>();
        for (Service service : Service.inServerOrder()) {
            Set<String> names = byService.get(service);
            if (names != null) {
                out.add(new Grant(service, List.copyOf(names)));
            }
            byObject.forEach((object, objectNames) -> {
                if (object.type().service() == service) {
                    out.add(new Grant(service, Optional.of(object), List.copyOf(objectNames)));
                }
            });
        }
        return out;
    }

    private GrantSet copy() {
        Map<Service, Set<String>> services = new EnumMap<>(Service.class);
        byService.forEach((service, names) -> services.put(service, copyOf(service, names)));
        Map<ObjectRef, Set<String>> objects = new TreeMap<>(OBJECT_ORDER);
        byObject.forEach((object, names) -> objects.put(object, copyOf(object.type().service(), names)));
        return new GrantSet(services, objects);
    }

    private static <K> void removeFrom(Map<K, Set<String>> map, K key, List<String> names) {
        Set<String> held = map.get(key);
        if (held != null) {
            names.forEach(held::remove);
            if (held.isEmpty()) {
                map.remove(key);
            }
        }
    }

    private static Set<String> copyOf(Service service, Set<String> names) {
        Set<String> set = newNameSet(service);
        set.addAll(names);
        return set;
    }

    private static Set<String> newNameSet(Service service) {
        List<String> order = PermissionCatalog.of(service).stream().map(Permission::name).toList();
        return new TreeSet<>(Comparator.comparingInt(order::indexOf));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrantSet other && asGrants().equals(other.asGrants());
    }

    @Override
    public int hashCode() {
        return asGrants().hashCode();
    }

    @Override
    public String toString() {
        return asGrants().toString();
    }
}
