package io.github.celonisnb.magics.permissions;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A key fails its notebook's policy and {@code --strict} was asked for: the run stops here rather than going on
 * with a key that can do more (or less) than the notebook needs. The message lists what is in excess and what is
 * missing, and what to do.
 */
public final class PolicyViolationException extends Exception {

    private final AuditResult audit;

    public PolicyViolationException(AuditResult audit) {
        super(message(Objects.requireNonNull(audit, "audit")));
        this.audit = audit;
    }

    /** The audit that failed. */
    public AuditResult audit() {
        return audit;
    }

    private static String message(AuditResult audit) {
        StringBuilder text = new StringBuilder("The key does not match the policy (" + audit.policySource()
                + "), and --strict stops the run.");
        if (!audit.excess().isEmpty()) {
            text.append(" Excess, the key can do more than this notebook needs: ")
                    .append(audit.excess().stream().map(ReportRow::describe).collect(Collectors.joining(", ")))
                    .append('.');
        }
        if (!audit.missing().isEmpty()) {
            text.append(" Missing, the notebook will fail without: ")
                    .append(audit.missing().stream().map(ReportRow::describe).collect(Collectors.joining(", ")))
                    .append('.');
        }
        return text.append(" Change the key's permissions under ").append(RiskNotices.APPLICATIONS)
                .append(" → Permissions, or the policy if the notebook's needs changed.").toString();
    }
}
