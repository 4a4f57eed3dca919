package io.github.celonisnb.magics.ems;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.celonisnb.magics.permissions.Service;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code GET /api/cloud/permissions}: a service and the key's permissions in it (empty where it
 * has none). Written as JSON, {@code permissions} comes before {@code serviceName}, as PyCelonis 1.x printed it.
 *
 * @param serviceName the service's wire name, e.g. {@code event-collection}
 * @param permissions the permission names, e.g. {@code USE_ALL_DATA_MODELS}; never null, no null elements
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"permissions", "serviceName"})
public record ServicePermissions(String serviceName, List<String> permissions) {

    public ServicePermissions {
        permissions = permissions == null
                ? List.of()
                : permissions.stream().filter(Objects::nonNull).toList();
    }

    /** The service in the permission catalogue, if it knows this name. */
    public Optional<Service> service() {
        return serviceName == null ? Optional.empty() : Service.byServiceName(serviceName);
    }
}
