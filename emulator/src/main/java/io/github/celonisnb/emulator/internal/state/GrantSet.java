package io.github.celonisnb.emulator.internal.state;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.magics.permissions.Permission;
import io.github.celonisnb.magics.permissions.PermissionCatalog;
import io.github.celonisnb.magics.permissions.Service;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The grants held by one application or user, merged per service. Immutable; names within a
 * service are kept in catalogue order so every listing is stable.
 */
public final class GrantSet {

    /** No grants at all: what a new application key starts with. */
    public static final GrantSet EMPTY = new GrantSet(new EnumMap<>(Service.class));

    private final Map<Service, Set<String>> byService;

    private GrantSet(Map<Service, Set<String>> byService) {
        this.byService = byService;
    }

    /** The set holding exactly these grants. */
    public static GrantSet of(Collection<Grant> grants) {
        return EMPTY.plus(grants);
    }

    /** This set with the given grants added. */
    public GrantSet plus(Collection<Grant> grants) {
        Map<Service, Set<String>> copy = copy();
        for (Grant grant : grants) {
            copy.computeIfAbsent(grant.service(), GrantSet::newNameSet).addAll(grant.permissions());
        }
        return new GrantSet(copy);
    }

    /** This set with the given grants taken away; names not held are ignored. */
    public GrantSet minus(Collection<Grant> grants) {
        Map<Service, Set<String>> copy = copy();
        for (Grant grant : grants) {
            Set<String> names = copy.get(grant.service());
            if (names != null) {
                grant.permissions().forEach(names::remove);
                if (names.isEmpty()) {
                    copy.remove(grant.service());
                }
            }
        }
        return new GrantSet(copy);
    }

    /** The names granted on a service as a whole, in catalogue order; empty when none. */
    public List<String> onService(Service service) {
        return List.copyOf(byService.getOrDefault(service, Set.of()));
    }

    /** Every grant, one per service, in server order. */
    public List<Grant> asGrants() {
        List<Grant> out = new ArrayList<>();
        for (Service service : Service.inServerOrder()) {
            Set<String> names = byService.get(service);
            if (names != null) {
                out.add(new Grant(service, List.copyOf(names)));
            }
        }
        return out;
    }

    private Map<Service, Set<String>> copy() {
        Map<Service, Set<String>> copy = new EnumMap<>(Service.class);
        byService.forEach((service, names) -> {
            Set<String> set = newNameSet(service);
            set.addAll(names);
            copy.put(service, set);
        });
        return copy;
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
