package io.github.celonisnb.emulator;

import io.github.celonisnb.emulator.internal.SafeText;
import io.github.celonisnb.magics.permissions.Permission;
import io.github.celonisnb.magics.permissions.PermissionCatalog;
import io.github.celonisnb.magics.permissions.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Permissions granted on a whole service ({@code event-collection:USE_ALL_DATA_MODELS}) or on one
 * object of it ({@code event-collection:pool/<id>:ADMIN}).
 *
 * <p>Only names the shared {@link PermissionCatalog} knows for that service, at that level, are
 * accepted, and an object must exist in {@link SeedData}: a typo fails here rather than silently
 * granting nothing.
 *
 * @param service     the service granted on
 * @param object      the one object the grant is limited to; empty for the whole service
 * @param permissions the permission names, upper case, without duplicates, in the order given
 */
public record Grant(Service service, Optional<ObjectRef> object, List<String> permissions) {

    /** The textual forms {@link #parse} accepts, for messages. */
    public static final String FORM = "service:PERM[,PERM...] or service:TYPE/ID:PERM[,PERM...]";

    private static final String EXAMPLE = "event-collection:USE_ALL_DATA_MODELS";

    /**
     * Checks every name against the catalogue and the object against the seed data.
     *
     * @throws InvalidGrantException if a name is unknown or not grantable at this level, or the object is wrong
     */
    public Grant {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(permissions, "permissions");
        String text = textOf(service, object, permissions);
        object.ifPresent(ref -> checkObject(service, ref, text));
        if (permissions.isEmpty()) {
            throw new InvalidGrantException(InvalidGrantException.Reason.MALFORMED,
                    "A grant on '" + service.serviceName() + "' needs at least one permission: expected " + FORM
                            + ", e.g. " + EXAMPLE + ".");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String name : permissions) {
            unique.add(checkedName(service, object, name, text));
        }
        permissions = List.copyOf(unique);
    }

    /** A grant on a whole service. */
    public Grant(Service service, List<String> permissions) {
        this(service, Optional.empty(), permissions);
    }

    /** A grant of the given names on a whole service. */
    public static Grant of(Service service, String... permissions) {
        return new Grant(service, List.of(permissions));
    }

    /** A grant of the given names on one object, e.g. one data pool. */
    public static Grant onObject(ObjectRef object, String... permissions) {
        return new Grant(object.type().service(), Optional.of(object), List.of(permissions));
    }

    /**
     * Reads {@code service:PERM[,PERM...]} or {@code service:TYPE/ID:PERM[,PERM...]}, where TYPE is
     * {@code pool} (event-collection) or {@code space} (package-manager). Service, type and permission
     * names are matched ignoring letter case and surrounding spaces.
     *
     * @throws InvalidGrantException naming the value and the expected form
     */
    public static Grant parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidGrantException(InvalidGrantException.Reason.MALFORMED,
                    "Empty grant: expected " + FORM + ", e.g. " + EXAMPLE + ".");
        }
        String[] parts = text.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw malformed(text);
        }
        String serviceName = parts[0].trim().toLowerCase(Locale.ROOT);
        if (serviceName.isEmpty()) {
            throw malformed(text);
        }
        List<String> names = new ArrayList<>();
        for (String part : parts[parts.length - 1].split(",", -1)) {
            if (part.isBlank()) {
                throw malformed(text);
            }
            names.add(part.trim());
        }
        Service service = Service.byServiceName(serviceName).orElseThrow(() -> new InvalidGrantException(
                InvalidGrantException.Reason.UNKNOWN_SERVICE,
                "Unknown service " + SafeText.quote(serviceName) + " in grant " + SafeText.quote(text)
                        + ": expected one of " + Service.inServerOrder().stream().map(Service::serviceName)
                        .collect(Collectors.joining(", ")) + "."));
        Optional<ObjectRef> object = parts.length == 3 ? Optional.of(objectOf(parts[1].trim(), text)) : Optional.empty();
        if (object.isPresent()) {
            checkObject(service, object.get(), text);
        }
        List<String> checked = new ArrayList<>();
        for (String name : names) {
            checked.add(checkedName(service, object, name, text));
        }
        return new Grant(service, object, checked);
    }

    /** Whether this grant is limited to one object. */
    public boolean isObjectLevel() {
        return object.isPresent();
    }

    /** The form {@link #parse} reads back, e.g. {@code event-collection:pool/<id>:ADMIN}. */
    @Override
    public String toString() {
        return textOf(service, object, permissions);
    }

    private static String textOf(Service service, Optional<ObjectRef> object, List<String> permissions) {
        return service.serviceName() + object.map(o -> ":" + o).orElse("") + ":" + String.join(",", permissions);
    }

    private static ObjectRef objectOf(String part, String text) {
        int slash = part.indexOf('/');
        if (slash <= 0 || slash == part.length() - 1) {
            throw malformed(text);
        }
        String word = part.substring(0, slash).trim();
        String id = part.substring(slash + 1).trim();
        ObjectType type = ObjectType.byWord(word).orElseThrow(() -> new InvalidGrantException(
                InvalidGrantException.Reason.MALFORMED,
                "Unknown object type " + SafeText.quote(word) + " in grant " + SafeText.quote(text) + ": expected "
                        + Arrays.stream(ObjectType.values()).map(t -> t.word() + " (" + t.service().serviceName() + ")")
                        .collect(Collectors.joining(" or ")) + "."));
        return new ObjectRef(type, id.toLowerCase(Locale.ROOT));
    }

    private static void checkObject(Service service, ObjectRef ref, String text) {
        if (ref.type().service() != service) {
            throw new InvalidGrantException(InvalidGrantException.Reason.NOT_GRANTABLE,
                    "A " + ref.type().word() + " belongs to " + ref.type().service().serviceName() + ", not to "
                            + service.serviceName() + ", in grant " + SafeText.quote(text) + ".");
        }
        if (!SeedData.exists(ref)) {
            throw new InvalidGrantException(InvalidGrantException.Reason.UNKNOWN_OBJECT,
                    "No " + ref.type().word() + " with id " + SafeText.quote(ref.id()) + " in grant " + SafeText.quote(text)
                            + ": expected one of " + knownIds(ref.type()) + ".");
        }
    }

    private static String knownIds(ObjectType type) {
        return switch (type) {
            case POOL -> SeedData.pools().stream().map(p -> p.id() + " (" + p.name() + ")").collect(Collectors.joining(", "));
            case SPACE -> SeedData.spaces().stream().map(s -> s.id() + " (" + s.name() + ")").collect(Collectors.joining(", "));
        };
    }

    private static String checkedName(Service service, Optional<ObjectRef> object, String given, String grantText) {
        String name = Objects.requireNonNull(given, "permission").trim().toUpperCase(Locale.ROOT);
        Optional<Permission> known = PermissionCatalog.find(service, name);
        List<String> grantable = (object.isPresent() ? PermissionCatalog.objectLevel(service)
                : PermissionCatalog.serviceLevel(service)).stream()
                .filter(p -> !p.isChildAccessMarker()).map(Permission::name).toList();
        String level = object.map(o -> "one " + o.type().word()).orElse("the whole service");
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
            String other = object.isPresent() ? "the whole service" : "one object";
            throw new InvalidGrantException(InvalidGrantException.Reason.NOT_GRANTABLE,
                    "Permission '" + name + "' of service '" + service.serviceName() + "' in grant "
                            + SafeText.quote(grantText) + " is granted on " + other + ", not on " + level + ": "
                            + "expected one of " + String.join(", ", grantable) + ".");
        }
        return name;
    }

    private static InvalidGrantException malformed(String text) {
        return new InvalidGrantException(InvalidGrantException.Reason.MALFORMED,
                "Malformed grant " + SafeText.quote(text) + ": expected " + FORM + ", e.g. " + EXAMPLE + ".");
    }
}
