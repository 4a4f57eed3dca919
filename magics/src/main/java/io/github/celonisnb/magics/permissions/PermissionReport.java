package io.github.celonisnb.magics.permissions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.celonisnb.magics.secrets.KeyType;

/**
 * What one key may do, in words: a row per permission with its risk and effect, and the warnings that follow.
 * Built by {@link #of(KeyAccess)}; {@link PolicyAudit#audit(PermissionReport, Policy)} adds a policy's verdicts.
 * Immutable; holds no key.
 *
 * @param access  what EMS listed, the report's source
 * @param rows    the permissions, grouped by service in the server's order
 * @param notices the warnings and notes, most important first
 * @param audit   the policy audit, when a policy was applied
 */
public record PermissionReport(KeyAccess access, List<ReportRow> rows, List<Notice> notices,
        Optional<AuditResult> audit) {

    public PermissionReport {
        Objects.requireNonNull(access, "access");
        rows = List.copyOf(rows);
        notices = List.copyOf(notices);
        Objects.requireNonNull(audit, "audit");
    }

    /** The report for what EMS listed, without a policy. */
    public static PermissionReport of(KeyAccess access) {
        List<ReportRow> rows = EffectivePermissions.rows(access);
        return new PermissionReport(access, rows, RiskNotices.of(access, rows), Optional.empty());
    }

    /** How the key was accepted. */
    public KeyType keyType() {
        return access.keyType();
    }

    /** The application's or user's name. */
    public String ownerName() {
        return access.ownerName();
    }

    /** The rows the key can use: neither markers, nor grants without effect, nor missing ones. */
    public List<ReportRow> effectiveRows() {
        return rows.stream().filter(r -> r.effect() == Effect.EFFECTIVE).toList();
    }

    /** How many effective permissions have this risk level. */
    public long count(Risk risk) {
        return effectiveRows().stream().filter(r -> r.risk() == risk).count();
    }

    /** The notices that warn. */
    public List<Notice> warnings() {
        return notices.stream().filter(n -> n.kind().isWarning()).toList();
    }

    /** Whether a policy was applied and the key fails it (a permission missing or in excess). */
    public boolean failsPolicy() {
        return audit.map(a -> !a.passed()).orElse(false);
    }
}
