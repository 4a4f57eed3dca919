package io.github.celonisnb.magics.permissions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out what a key may really do from what EMS lists, applying the one precedence rule known (DESIGN.md §3):
 * a service-level grant that reaches every object of a kind (all pools, all spaces) decides, so a grant on one
 * such object then has no effect.
 *
 * <p>An object's {@code permissions} array mixes the key's service-level names with those granted on that
 * object; the names not listed for the service are taken to be the object's own grant. {@code $ACCESS_CHILD}
 * is never a grant: at service level it becomes a marker row, in an object's array it is skipped.
 */
public final class EffectivePermissions {

    private EffectivePermissions() {
    }

    /** One row per permission: the service-level ones in the server's order, then each object's own. */
    public static List<ReportRow> rows(KeyAccess access) {
        List<ReportRow> rows = new ArrayList<>();
        Set<ObjectKind> done = EnumSet.noneOf(ObjectKind.class);
        for (ListedService listed : access.services()) {
            Set<String> serviceNames = grantsOf(listed.names());
            Optional<ObjectKind> kind = listed.service().flatMap(ObjectKind::of);
            List<String> covering = kind.map(k -> serviceNames.stream().filter(k::coversEveryObject).toList())
                    .orElse(List.of());
            for (String name : new LinkedHashSet<>(listed.names())) {
                rows.add(serviceRow(listed.serviceName(), name, kind, covering.contains(name)));
            }
            if (kind.isPresent() && done.add(kind.get())) {
                addObjectRows(rows, access, kind.get(), serviceNames, covering);
            }
        }
        for (ObjectKind kind : ObjectKind.values()) {
            if (done.add(kind)) {
                addObjectRows(rows, access, kind, Set.of(), List.of());
            }
        }
        return List.copyOf(rows);
    }

    /**
     * The names that are effective on one listed object: the covering service-level names when the service has
     * any (they decide), else the object's whole array; never {@code $ACCESS_CHILD}.
     */
    public static Set<String> effectiveOn(ListedObject object, List<ListedService> services) {
        Set<String> serviceNames = services.stream()
                .filter(s -> s.serviceName().equals(object.kind().service().serviceName()))
                .findFirst().map(s -> grantsOf(s.names())).orElse(Set.of());
        if (serviceNames.stream().anyMatch(object.kind()::coversEveryObject)) {
            return serviceNames;
        }
        return grantsOf(object.names());
    }

    private static ReportRow serviceRow(String serviceName, String name, Optional<ObjectKind> kind, boolean covers) {
        if (PermissionCatalog.ACCESS_CHILD.equals(name)) {
            String where = kind.map(k -> "marks grants on single " + k.word() + "s")
                    .orElse("marks grants on single objects of this service");
            return new ReportRow(serviceName, name, PermissionCatalog.find(serviceName, name), Risk.LOW,
                    Target.wholeService(), Effect.MARKER, where, Verdict.NOT_AUDITED);
        }
        String note = covers ? "reaches every " + kind.orElseThrow().word() : "";
        return row(serviceName, name, Target.wholeService(), Effect.EFFECTIVE, note);
    }

    private static void addObjectRows(List<ReportRow> rows, KeyAccess access, ObjectKind kind,
            Set<String> serviceNames, List<String> covering) {
        String serviceName = kind.service().serviceName();
        for (ListedObject object : access.objects()) {
            if (object.kind() != kind) {
                continue;
            }
            for (String name : grantsOf(object.names())) {
                if (serviceNames.contains(name)) {
                    continue;
                }
                if (covering.isEmpty()) {
                    rows.add(row(serviceName, name, Target.of(object), Effect.EFFECTIVE, ""));
                } else {
                    rows.add(row(serviceName, name, Target.of(object), Effect.NO_EFFECT, coverage(covering, kind)));
                }
            }
        }
    }

    /** Why a one-object grant has no effect, e.g. {@code EDIT_ALL_DATA_POOLS covers every pool}. */
    static String coverage(List<String> covering, ObjectKind kind) {
        return String.join(" and ", covering) + (covering.size() == 1 ? " covers" : " cover") + " every "
                + kind.shortWord();
    }

    private static ReportRow row(String serviceName, String name, Target target, Effect effect, String note) {
        Optional<Permission> known = PermissionCatalog.find(serviceName, name);
        Risk risk = known.map(Permission::risk).orElseGet(() -> PermissionCatalog.riskOf(serviceName, name));
        return new ReportRow(serviceName, name, known, risk, target, effect, note, Verdict.NOT_AUDITED);
    }

    /** The names without the {@code $ACCESS_CHILD} marker and without repeats, in order. */
    private static Set<String> grantsOf(List<String> names) {
        Set<String> grants = new LinkedHashSet<>(names);
        grants.remove(PermissionCatalog.ACCESS_CHILD);
        return grants;
    }
}
