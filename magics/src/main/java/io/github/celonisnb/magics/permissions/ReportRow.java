package io.github.celonisnb.magics.permissions;

import java.util.Objects;
import java.util.Optional;

/**
 * One permission of a key, as the report shows it.
 *
 * @param serviceName the service's wire name, e.g. {@code event-collection}
 * @param permission  the permission's name, e.g. {@code EDIT_ALL_DATA_POOLS}
 * @param known       the catalogue's entry for it; empty for a name the catalogue does not know
 * @param risk        its risk level ({@link Risk#UNKNOWN} for unknown names, unless a rule makes them critical)
 * @param target      what it is held on
 * @param effect      what it means for the key
 * @param note        why, in words, e.g. {@code EDIT_ALL_DATA_POOLS covers every pool}; may be empty
 * @param verdict     what the policy says about it, {@link Verdict#NOT_AUDITED} without one
 */
public record ReportRow(String serviceName, String permission, Optional<Permission> known, Risk risk, Target target,
        Effect effect, String note, Verdict verdict) {

    public ReportRow {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(effect, "effect");
        note = note == null ? "" : note;
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The service in the catalogue, if it knows the name. */
    public Optional<Service> service() {
        return Service.byServiceName(serviceName);
    }

    /** The service as the EMS user interface names it, or the wire name for a service the catalogue does not know. */
    public String serviceDisplayName() {
        return service().map(Service::displayName).orElse(serviceName);
    }

    /** What the permission allows, in words; for an unknown name, says so. */
    public String meaning() {
        if (PermissionCatalog.ACCESS_CHILD.equals(permission)) {
            return known.map(Permission::description).orElse("Has grants on single objects of this service");
        }
        return known.map(Permission::description).orElse("unknown to celonis-nb");
    }

    /** Whether the catalogue does not know the name (a marker never counts as unknown). */
    public boolean isUnknown() {
        return known.isEmpty() && effect != Effect.MARKER;
    }

    /** The effect with its reason, e.g. {@code no effect: EDIT_ALL_DATA_POOLS covers every pool}. */
    public String effectText() {
        return note.isEmpty() ? effect.word() : effect.word() + ": " + note;
    }

    /** The permission with service and target, e.g. {@code Data Integration ADMIN on data pool 'Sales'}. */
    public String describe() {
        return serviceDisplayName() + " " + permission + (target.isWholeService() ? " (whole service)"
                : " on " + target.describe());
    }

    /** This row with another verdict. */
    public ReportRow withVerdict(Verdict newVerdict) {
        return new ReportRow(serviceName, permission, known, risk, target, effect, note, newVerdict);
    }
}
