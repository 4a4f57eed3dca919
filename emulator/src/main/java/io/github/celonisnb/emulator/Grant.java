package io.github.celonisnb.emulator;

import io.github.celonisnb.emulator.internal.SafeText;
import io.github.celonisnb.magics.permissions.Permission;
import io.github.celonisnb.magics.permissions.PermissionCatalog;
import io.github.celonisnb.magics.permissions.Service;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Permissions granted to an application or user on one service as a whole, for example
 * {@code event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS}.
 *
 * <p>Only names the shared {@link PermissionCatalog} knows for that service, at service level, are
 * accepted: a typo fails here rather than silently granting nothing.
 *
 * @param service     the service granted on
 * @param permissions the permission names, without duplicates, in the order given
 */
public record Grant(Service service, List<String> permissions) {

    /** The textual form {@link #parse} accepts, for messages. */
    public static final String FORM = "service:PERM[,PERM...]";

    private static final String EXAMPLE = "event-collection:USE_ALL_DATA_MODELS";

    /**
     * Checks every name against the catalogue.
     *
     * @throws InvalidGrantException if a name is unknown for the service or not grantable at service level
     */
    public Grant {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(permissions, "permissions");
        if (permissions.isEmpty()) {
            throw new InvalidGrantException(InvalidGrantException.Reason.MALFORMED,
                    "A grant on '" + service.serviceName() + "' needs at least one permission: expected " + FORM
                            + ", e.g. " + EXAMPLE + ".");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String name : permissions) {
            unique.add(checkedName(service, name, service.serviceName() + ":" + String.join(",", permissions)));
        }
        permissions = List.copyOf(unique);
    }

    /** A grant of the given names on a service. */
    public static Grant of(Service service, String... permissions) {
        return new Grant(service, List.of(permissions));
    }

    /**
     * Reads {@code service:PERM[,PERM...]}. Service and permission names are matched ignoring letter
     * case and surrounding spaces.
     *
     * @throws InvalidGrantException naming the value and the expected form
     */
    public static Grant parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidGrantException(InvalidGrantException.Reason.MALFORMED,
                    "Empty grant: expected " + FORM + ", e.g. " + EXAMPLE + ".");
        }
        int colon = text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
            throw malformed(text);
        }
        String serviceName = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        for (String part : text.substring(colon + 1).split(",", -1)) {
            if (part.isBlank()) {
                throw malformed(text);
            }
            names.add(part.trim());
        }
        if (serviceName.isEmpty()) {
            throw malformed(text);
        }
        Service service = Service.byServiceName(serviceName).orElseThrow(() -> new InvalidGrantException(
                InvalidGrantException.Reason.UNKNOWN_SERVICE,
                "Unknown service " + SafeText.quote(serviceName) + " in grant " + SafeText.quote(text)
                        + ": expected one of " + Service.inServerOrder().stream().map(Service::serviceName)
                        .collect(Collectors.joining(", ")) + "."));
        List<String> checked = new ArrayList<>();
        for (String name : names) {
            checked.add(checkedName(service, name, text));
        }
        return new Grant(service, checked);
    }

    /** The permissions granted on this service, if any, as the catalogue describes them. */
    public List<Permission> catalogEntries() {
        return permissions.stream().map(p -> PermissionCatalog.find(service, p).orElseThrow()).toList();
    }

    /** The form {@link #parse} reads back, e.g. {@code event-collection:USE_ALL_DATA_MODELS}. */
    @Override
    public String toString() {
        return service.serviceName() + ":" + String.join(",", permissions);
    }

    private static String checkedName(Service service, String given, String grantText) {
        String name = Objects.requireNonNull(given, "permission").trim().toUpperCase(Locale.ROOT);
        Optional<Permission> known = PermissionCatalog.find(service, name);
        List<String> grantable = PermissionCatalog.serviceLevel(service).stream().map(Permission::name).toList();
        if (known.isEmpty()) {
            String expected = grantable.isEmpty()
                    ? "the emulator knows no permission of this service"
                    : "expected one of " + String.join(", ", grantable);
            throw new InvalidGrantException(InvalidGrantException.Reason.UNKNOWN_PERMISSION,
                    "Unknown permission " + SafeText.quote(given.trim()) + " for service '" + service.serviceName()
                            + "' in grant " + SafeText.quote(grantText) + ": " + expected + ".");
        }
        if (known.get().isChildAccessMarker()) {
            throw new InvalidGrantException(InvalidGrantException.Reason.NOT_GRANTABLE,
                    "'" + PermissionCatalog.ACCESS_CHILD + "' in grant " + SafeText.quote(grantText)
                            + " cannot be granted: the emulator lists it by itself when only object-level grants exist.");
        }
        if (!grantable.contains(name)) {
            throw new InvalidGrantException(InvalidGrantException.Reason.NOT_GRANTABLE,
                    "Permission '" + name + "' of service '" + service.serviceName() + "' in grant "
                            + SafeText.quote(grantText) + " is granted on one object, not on the whole service: "
                            + "expected one of " + String.join(", ", grantable) + ".");
        }
        return name;
    }

    private static InvalidGrantException malformed(String text) {
        return new InvalidGrantException(InvalidGrantException.Reason.MALFORMED,
                "Malformed grant " + SafeText.quote(text) + ": expected " + FORM + ", e.g. " + EXAMPLE + ".");
    }
}
