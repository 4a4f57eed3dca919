package io.github.celonisnb.magics.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a notebook needs from its key: required and allowed permissions per service and per object. Read from a
 * policy file ({@link PolicyReader}, {@code celonis-policy.json}) or from {@code --require}/{@code --allow}
 * options ({@link PolicySpecs}). Rules about the same service (or the same object) are merged.
 *
 * @param source where the policy came from, for messages, e.g. {@code celonis-policy.json}
 * @param rules  one rule per service or object, in the order first given
 */
public record Policy(String source, List<PolicyRule> rules) {

    public Policy {
        Objects.requireNonNull(source, "source");
        rules = merged(rules);
    }

    /** The rule about the whole service, if any. */
    public Optional<PolicyRule> serviceRule(Service service) {
        return rules.stream().filter(r -> r.service() == service && r.object().isEmpty()).findFirst();
    }

    /** The rules about single objects of this kind. */
    public List<PolicyRule> objectRules(ObjectKind kind) {
        return rules.stream().filter(r -> r.object().map(o -> o.kind() == kind).orElse(false)).toList();
    }

    /** This policy and another, as one: {@code source} names both. */
    public Policy and(Policy other) {
        List<PolicyRule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new Policy(source + " and " + other.source, all);
    }

    private static List<PolicyRule> merged(List<PolicyRule> rules) {
        List<PolicyRule> out = new ArrayList<>();
        for (PolicyRule rule : rules) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).sameSubject(rule)) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(rule);
            } else {
                out.set(same, out.get(same).merge(rule));
            }
        }
        return List.copyOf(out);
    }
}
