package io.github.celonisnb.magics.magic;

import java.util.List;

import io.github.celonisnb.magics.ems.ServicePermissions;
import io.github.celonisnb.magics.permissions.Service;

/**
 * The key's permissions per service, in the server's order, as {@code celonis.permissions()} returns them: a
 * list of {@link ServicePermissions} that shows as a table of service, its name in EMS, and its permissions.
 */
public final class PermissionList extends TabularList<ServicePermissions> {

    private static final List<String> COLUMNS = List.of("service", "in EMS", "permissions");

    public PermissionList(List<ServicePermissions> services) {
        super(services);
    }

    /** {@code Permissions of the key (<n> services)}. */
    @Override
    public String title() {
        return "Permissions of the key (" + size() + (size() == 1 ? " service)" : " services)");
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    List<String> row(ServicePermissions service) {
        return List.of(Cells.text(service.serviceName()), service.service().map(Service::displayName).orElse(""),
                Cells.permissions(service.permissions()));
    }
}
