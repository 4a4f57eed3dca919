package io.github.celonisnb.magics.permissions;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a notebook needs of one service, or of one object of it: permissions it requires (missing ones make it
 * fail) and permissions it allows without requiring them. Anything else the key holds there is excess.
 *
 * @param service  the service
 * @param object   the one object the rule is about; empty for the whole service
 * @param required the names required, upper case, in the order given
 * @param allowed  the names allowed besides, upper case, in the order given
 */
public record PolicyRule(Service service, Optional<ObjectSelector> object, Set<String> required, Set<String> allowed) {

    public PolicyRule {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(object, "object");
        required = Collections.unmodifiableSet(new LinkedHashSet<>(required));
        allowed = Collections.unmodifiableSet(new LinkedHashSet<>(allowed));
        object.ifPresent(o -> {
            if (o.kind().service() != service) {
                throw new IllegalArgumentException("A " + o.kind().word() + " belongs to " + o.kind().service()
                        .serviceName() + ", not to " + service.serviceName());
            }
        });
    }

    /** Whether this rule requires or allows the name. */
    public boolean permits(String name) {
        return required.contains(name) || allowed.contains(name);
    }

    /** Whether the rule is about the same service and object as {@code other}. */
    boolean sameSubject(PolicyRule other) {
        return service == other.service && object.equals(other.object);
    }

    /** This rule joined with another about the same subject. */
    PolicyRule merge(PolicyRule other) {
        Set<String> req = new LinkedHashSet<>(required);
        req.addAll(other.required);
        Set<String> all = new LinkedHashSet<>(allowed);
        all.addAll(other.allowed);
        return new PolicyRule(service, object, req, all);
    }
}
