package io.github.celonisnb.magics.permissions;

import java.util.List;
import java.util.Objects;

/**
 * How a key measures against a policy.
 *
 * @param policySource where the policy came from, e.g. {@code celonis-policy.json}
 * @param missing      what the policy requires and the key lacks: the notebook will fail where it uses these
 * @param excess       what the key holds and the policy neither requires nor allows
 */
public record AuditResult(String policySource, List<ReportRow> missing, List<ReportRow> excess) {

    public AuditResult {
        Objects.requireNonNull(policySource, "policySource");
        missing = List.copyOf(missing);
        excess = List.copyOf(excess);
    }

    /** Whether nothing is missing and nothing is in excess. */
    public boolean passed() {
        return missing.isEmpty() && excess.isEmpty();
    }
}
