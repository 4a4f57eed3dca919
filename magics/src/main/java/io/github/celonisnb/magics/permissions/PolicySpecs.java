package io.github.celonisnb.magics.permissions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a policy written as options: {@code --require event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS}
 * for the whole service, {@code --require "event-collection:pool/SAP ECC - Order to Cash:DATA_PUSH_API"} for one
 * object (by name or id), and {@code --allow} in the same forms.
 */
public final class PolicySpecs {

    /** The forms a value may take, for messages and help. */
    public static final String FORM = "service:PERM[,PERM...] or service:pool/NAME:PERM[,PERM...]";

    private static final String EXAMPLE = "event-collection:USE_ALL_DATA_MODELS";

    private PolicySpecs() {
    }

    /**
     * The policy these option values describe.
     *
     * @param required the values of {@code --require}
     * @param allowed  the values of {@code --allow}
     * @throws InvalidPolicyException naming the option, the value (unless it could be a key) and the expected form
     */
    public static Policy of(List<String> required, List<String> allowed) throws InvalidPolicyException {
        List<PolicyRule> rules = new ArrayList<>();
        for (String spec : required) {
            rules.add(rule("--require", spec, true));
        }
        for (String spec : allowed) {
            rules.add(rule("--allow", spec, false));
        }
        String source = required.isEmpty() ? "--allow" : allowed.isEmpty() ? "--require" : "--require and --allow";
        return new Policy(source, rules);
    }

    private static PolicyRule rule(String option, String spec, boolean required) throws InvalidPolicyException {
        int first = spec.indexOf(':');
        int last = spec.lastIndexOf(':');
        if (first <= 0 || last == spec.length() - 1) {
            throw malformed(option, spec);
        }
        String serviceName = spec.substring(0, first).strip();
        Service service = Service.byServiceName(serviceName).orElseThrow(() -> new InvalidPolicyException(option, 0, 0,
                "unknown service " + SafeValue.quote(serviceName) + " in " + SafeValue.quote(spec) + "; expected one of "
                        + Service.inServerOrder().stream().map(Service::serviceName).collect(Collectors.joining(", "))));
        Optional<ObjectSelector> object = Optional.empty();
        if (first != last) {
            object = Optional.of(object(option, spec, service, spec.substring(first + 1, last).strip()));
        }
        Set<String> names = new LinkedHashSet<>();
        Optional<ObjectKind> onObject = object.map(ObjectSelector::kind);
        String hint = ObjectKind.of(service).map(k -> "write " + service.serviceName() + ":" + k.shortWord()
                + "/NAME:PERM").orElse("");
        for (String part : spec.substring(last + 1).split(",", -1)) {
            String name = PolicyNames.normalise(part);
            Optional<String> problem = PolicyNames.problem(service, onObject, name, hint);
            if (problem.isPresent()) {
                throw new InvalidPolicyException(option, 0, 0, problem.get() + " (in " + SafeValue.quote(spec) + ")");
            }
            names.add(name);
        }
        return required
                ? new PolicyRule(service, object, names, Set.of())
                : new PolicyRule(service, object, Set.of(), names);
    }

    private static ObjectSelector object(String option, String spec, Service service, String part)
            throws InvalidPolicyException {
        int slash = part.indexOf('/');
        if (slash <= 0 || slash == part.length() - 1) {
            throw malformed(option, spec);
        }
        String word = part.substring(0, slash).strip();
        String nameOrId = part.substring(slash + 1).strip();
        ObjectKind kind = ObjectKind.byShortWord(word).orElseThrow(() -> new InvalidPolicyException(option, 0, 0,
                "unknown object type " + SafeValue.quote(word) + " in " + SafeValue.quote(spec) + "; expected "
                        + Arrays.stream(ObjectKind.values())
                        .map(k -> k.shortWord() + " (" + k.service().serviceName() + ")")
                        .collect(Collectors.joining(" or "))));
        if (kind.service() != service) {
            throw new InvalidPolicyException(option, 0, 0, "a " + kind.word() + " belongs to "
                    + kind.service().serviceName() + ", not to " + service.serviceName() + ", in " + SafeValue.quote(spec));
        }
        return new ObjectSelector(kind, nameOrId);
    }

    private static InvalidPolicyException malformed(String option, String spec) {
        return new InvalidPolicyException(option, 0, 0, "malformed value " + SafeValue.quote(spec) + ": expected "
                + FORM + ", e.g. " + EXAMPLE);
    }
}
