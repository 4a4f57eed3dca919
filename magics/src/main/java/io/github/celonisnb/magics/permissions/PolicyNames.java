package io.github.celonisnb.magics.permissions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the permission names a policy names against the catalogue, so that a typo fails when the policy is
 * read rather than passing as a requirement nothing can meet. For services whose names the catalogue does not
 * know, any name of the usual shape is accepted.
 */
final class PolicyNames {

    private static final Pattern NAME_SHAPE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private PolicyNames() {
    }

    /** The name as EMS writes it: trimmed, upper case. */
    static String normalise(String given) {
        return given.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * What is wrong with a (normalised) name for this service, at service level or on one object; empty when
     * nothing is. {@code objectHint} says how to write a one-object rule, for names that belong there.
     */
    static Optional<String> problem(Service service, Optional<ObjectKind> onObject, String name, String objectHint) {
        if (name.isEmpty()) {
            return Optional.of("an empty permission name; expected a name such as USE_ALL_DATA_MODELS");
        }
        if (PermissionCatalog.ACCESS_CHILD.equals(name)) {
            return Optional.of("'" + name + "' is a marker EMS lists by itself, not a permission a policy can"
                    + " require or allow");
        }
        List<String> here = namesAt(service, onObject.isPresent());
        if (here.isEmpty() && PermissionCatalog.of(service).isEmpty()) {
            return NAME_SHAPE.matcher(name).matches() ? Optional.empty()
                    : Optional.of(SafeValue.quote(name) + " is not a permission name; expected upper-case letters,"
                            + " digits and underscores");
        }
        if (here.contains(name)) {
            return Optional.empty();
        }
        String level = onObject.map(k -> "on one " + k.word()).orElse("on the whole service");
        List<String> other = namesAt(service, onObject.isEmpty());
        if (other.contains(name)) {
            String where = onObject.isPresent() ? "on the whole service" : "on one " + ObjectKind.of(service)
                    .map(ObjectKind::word).orElse("object");
            return Optional.of("'" + name + "' of " + service.serviceName() + " is granted " + where + ", not " + level
                    + (onObject.isEmpty() && !objectHint.isEmpty() ? ": " + objectHint : ""));
        }
        return Optional.of("unknown permission " + SafeValue.quote(name) + " for " + service.serviceName() + " "
                + level + (here.isEmpty() ? "; the catalogue knows none there"
                : ": expected one of " + String.join(", ", here)));
    }

    private static List<String> namesAt(Service service, boolean onObject) {
        return (onObject ? PermissionCatalog.objectLevel(service) : PermissionCatalog.serviceLevel(service)).stream()
                .map(Permission::name)
                .filter(n -> !PermissionCatalog.ACCESS_CHILD.equals(n))
                .toList();
    }
}
