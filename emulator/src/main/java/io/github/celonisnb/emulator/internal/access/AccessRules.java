package io.github.celonisnb.emulator.internal.access;

import io.github.celonisnb.emulator.internal.state.Principal;
import io.github.celonisnb.emulator.internal.state.User;
import io.github.celonisnb.magics.permissions.Permission;
import io.github.celonisnb.magics.permissions.PermissionCatalog;
import io.github.celonisnb.magics.permissions.Service;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a principal may do, as EMS reports it: the service-level names per service. An admin user
 * holds every {@code team} right on top of their own grants.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /** The names {@code GET /api/cloud/permissions} lists for one service, in catalogue order. */
    public static List<String> onService(Principal principal, Service service) {
        Set<String> names = new LinkedHashSet<>();
        if (service == Service.TEAM && principal instanceof User user && user.admin()) {
            PermissionCatalog.serviceLevel(Service.TEAM).stream().map(Permission::name).forEach(names::add);
        }
        names.addAll(principal.grants().onService(service));
        return inCatalogOrder(service, names);
    }

    /** Every service in server order with the names listed for it, {@code []} where none. */
    public static List<ServiceRights> allServices(Principal principal) {
        List<ServiceRights> out = new ArrayList<>();
        for (Service service : Service.inServerOrder()) {
            out.add(new ServiceRights(service, onService(principal, service)));
        }
        return out;
    }

    private static List<String> inCatalogOrder(Service service, Set<String> names) {
        List<String> order = PermissionCatalog.of(service).stream().map(Permission::name).toList();
        return names.stream().sorted(java.util.Comparator.comparingInt(order::indexOf)).toList();
    }

    /** One service and the names a principal holds on it. */
    public record ServiceRights(Service service, List<String> permissions) {
        public ServiceRights {
            permissions = List.copyOf(permissions);
        }
    }
}
