package io.github.celonisnb.emulator.internal.access;

import io.github.celonisnb.emulator.ObjectRef;
import io.github.celonisnb.emulator.ObjectType;
import io.github.celonisnb.emulator.internal.state.Principal;
import io.github.celonisnb.emulator.internal.state.User;
import io.github.celonisnb.magics.permissions.Permission;
import io.github.celonisnb.magics.permissions.PermissionCatalog;
import io.github.celonisnb.magics.permissions.Service;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a principal may do, as EMS reports it.
 *
 * <ul>
 *   <li>At service level: the names granted on the service; an admin user also holds every
 *       {@code team} right. When a service has no service-level grant but some object of it has one,
 *       the service lists only {@code $ACCESS_CHILD}.</li>
 *   <li>On one object: a service-level grant that reaches every object of its kind (all pools, all
 *       spaces) decides what the caller may do there, and the object's own grant has no effect; the
 *       object's array still lists that grant's names beside the service-level ones, as EMS mixes both
 *       in it. Otherwise the object's own names, joined by the caller's other service-level names.
 *       Without either, the object is not visible.</li>
 *   <li>On a package: rights derived from the names held on its space.</li>
 * </ul>
 */
public final class AccessRules {

    /** Data Integration grants that reach every pool. */
    static final Set<String> ALL_POOLS = Set.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS");

    /** Studio grants that reach every space. */
    static final Set<String> ALL_SPACES = Set.of("EDIT_ALL_SPACES", "DELETE_ALL_SPACES", "MANAGE_PERMISSIONS");

    /** For each package right, the names on its space that give it. */
    private static final Map<String, Set<String>> PACKAGE_RIGHTS = Map.of(
            "USE_PACKAGE", Set.of("USE_ALL_PACKAGES", "USE_PACKAGE", "EDIT_ALL_PACKAGES", "EDIT_PACKAGE", "EDIT_ALL_SPACES"),
            "EDIT_PACKAGE", Set.of("EDIT_ALL_PACKAGES", "EDIT_PACKAGE", "EDIT_ALL_SPACES"),
            "DELETE_PACKAGE", Set.of("DELETE_ALL_PACKAGES", "DELETE_PACKAGE", "DELETE_ALL_SPACES"),
            "MANAGE_PERMISSIONS", Set.of("MANAGE_PERMISSIONS"));

    private AccessRules() {
    }

    /** The names {@code GET /api/cloud/permissions} lists for one service, in catalogue order. */
    public static List<String> onService(Principal principal, Service service) {
        List<String> names = serviceGrants(principal, service);
        if (names.isEmpty() && principal.grants().hasObjectGrants(service)) {
            return List.of(PermissionCatalog.ACCESS_CHILD);
        }
        return names;
    }

    /** Every service in server order with the names listed for it, {@code []} where none. */
    public static List<ServiceRights> allServices(Principal principal) {
        List<ServiceRights> out = new ArrayList<>();
        for (Service service : Service.inServerOrder()) {
            out.add(new ServiceRights(service, onService(principal, service)));
        }
        return out;
    }

    /**
     * The names the principal holds on one pool or space, in catalogue order; empty when it may not
     * see the object at all.
     */
    public static Optional<List<String>> onObject(Principal principal, ObjectRef object) {
        Service service = object.type().service();
        List<String> serviceNames = serviceGrants(principal, service);
        Set<String> reachesAll = object.type() == ObjectType.POOL ? ALL_POOLS : ALL_SPACES;
        if (serviceNames.stream().anyMatch(reachesAll::contains)) {
            return Optional.of(serviceNames);
        }
        List<String> own = principal.grants().onObject(object);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Set<String> joined = new LinkedHashSet<>(serviceNames);
        joined.addAll(own);
        return Optional.of(inCatalogOrder(service, joined));
    }

    /**
     * The names shown in an object's {@code permissions} array: what {@link #onObject} gives, plus the
     * names of the object's own grant when a service-level grant decides over it. Empty when the object is
     * not visible.
     */
    public static Optional<List<String>> shownOnObject(Principal principal, ObjectRef object) {
        return onObject(principal, object).map(names -> {
            Set<String> shown = new LinkedHashSet<>(names);
            shown.addAll(principal.grants().onObject(object));
            return inCatalogOrder(object.type().service(), shown);
        });
    }

    /**
     * The names shown in a space's {@code permissions} array: what {@link #shownOnObject} gives, plus
     * {@code $ACCESS_CHILD} when the effective names ({@link #onObject}) reach its packages. Empty when the
     * space is not visible.
     */
    public static Optional<List<String>> onSpace(Principal principal, String spaceId) {
        ObjectRef space = new ObjectRef(ObjectType.SPACE, spaceId);
        return onObject(principal, space).map(effective -> {
            List<String> shown = shownOnObject(principal, space).orElse(effective);
            if (packageRights(effective).isEmpty()) {
                return shown;
            }
            Set<String> marked = new LinkedHashSet<>(shown);
            marked.add(PermissionCatalog.ACCESS_CHILD);
            return inCatalogOrder(Service.PACKAGE_MANAGER, marked);
        });
    }

    /** The rights on any package of a space whose names are given; empty means its packages are hidden. */
    public static List<String> packageRights(Collection<String> spaceNames) {
        Set<String> rights = new LinkedHashSet<>();
        PACKAGE_RIGHTS.forEach((right, givenBy) -> {
            if (spaceNames.stream().anyMatch(givenBy::contains)) {
                rights.add(right);
            }
        });
        return inCatalogOrder(Service.PACKAGE_MANAGER, rights);
    }

    private static List<String> serviceGrants(Principal principal, Service service) {
        Set<String> names = new LinkedHashSet<>();
        if (service == Service.TEAM && principal instanceof User user && user.admin()) {
            PermissionCatalog.serviceLevel(Service.TEAM).stream().map(Permission::name).forEach(names::add);
        }
        names.addAll(principal.grants().onService(service));
        return inCatalogOrder(service, names);
    }

    private static List<String> inCatalogOrder(Service service, Collection<String> names) {
        List<String> order = PermissionCatalog.of(service).stream().map(Permission::name).toList();
        return names.stream().distinct().sorted(Comparator.comparingInt(order::indexOf)).toList();
    }

    /** One service and the names a principal holds on it. */
    public record ServiceRights(Service service, List<String> permissions) {
        public ServiceRights {
            permissions = List.copyOf(permissions);
        }
    }
}
