package io.github.celonisnb.magics.permissions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One service as {@code GET /api/cloud/permissions} lists it for a key.
 *
 * @param serviceName the wire name, e.g. {@code event-collection}; kept as sent, so a service the catalogue does
 *     not know is still shown
 * @param names       the permission names listed for it, in the server's order; {@code []} where none
 */
public record ListedService(String serviceName, List<String> names) {

    public ListedService {
        Objects.requireNonNull(serviceName, "serviceName");
        names = List.copyOf(names);
    }

    /** The service in the catalogue, if it knows this name. */
    public Optional<Service> service() {
        return Service.byServiceName(serviceName);
    }
}
