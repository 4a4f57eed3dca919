package io.github.celonisnb.magics.permissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.celonisnb.magics.secrets.KeyType;

/** The warnings and notes that follow from a key's rows alone, before any policy. */
final class RiskNotices {

    /** Where keys and their permissions are managed in EMS. */
    static final String APPLICATIONS = "Admin & Settings → Applications";

    private RiskNotices() {
    }

    static List<Notice> of(KeyAccess access, List<ReportRow> rows) {
        List<Notice> notices = new ArrayList<>();
        List<ReportRow> effective = rows.stream().filter(r -> r.effect() == Effect.EFFECTIVE).toList();
        List<ReportRow> critical = effective.stream().filter(r -> r.risk() == Risk.CRITICAL).toList();
        if (access.keyType() == KeyType.USER_KEY) {
            notices.add(new Notice(NoticeKind.USER_KEY, userKey(critical.size())));
        } else if (!critical.isEmpty()) {
            notices.add(new Notice(NoticeKind.CRITICAL_PERMISSIONS, criticalOnApplicationKey(access.keyType(), critical)));
        }
        List<ReportRow> unknown = rows.stream().filter(ReportRow::isUnknown).toList();
        if (!unknown.isEmpty()) {
            notices.add(new Notice(NoticeKind.UNKNOWN_PERMISSIONS, unknown(unknown)));
        }
        if (rows.isEmpty() && access.unlisted().isEmpty()) {
            notices.add(new Notice(NoticeKind.NO_PERMISSIONS, "This key has no permissions: it can log in but sees"
                    + " no data. Grant only what this notebook needs: " + APPLICATIONS + " → Permissions."));
        }
        noEffect(rows, notices);
        for (ObjectKind kind : ObjectKind.values()) {
            if (access.unlisted().contains(kind)) {
                notices.add(new Notice(NoticeKind.LISTING_FAILED, "The " + kind.word() + "s could not be listed, so"
                        + " grants on single " + kind.word() + "s are not shown; run the report again later."));
            }
        }
        return List.copyOf(notices);
    }

    private static String userKey(int critical) {
        String count = critical == 0
                ? "and any right the user is given later"
                : "here " + critical + " critical " + (critical == 1 ? "one" : "ones");
        return "This key carries every right of its user, " + count + "; create an application key with only what"
                + " this notebook needs: " + APPLICATIONS + ".";
    }

    private static String criticalOnApplicationKey(KeyType keyType, List<ReportRow> critical) {
        String what = keyType == KeyType.APP_KEY ? "This application key" : "This key";
        boolean mints = critical.stream().anyMatch(r -> r.permission().equals("MANAGE_APPLICATIONS")
                || r.permission().equals("MANAGE_PERMISSIONS"));
        return what + " holds " + critical.size() + " critical permission" + (critical.size() == 1 ? "" : "s")
                + " (" + byService(critical) + "): whoever holds it can " + (mints
                ? "create or upgrade keys and so take over the team" : "administer the team or its members")
                + ". Unless this notebook administers the team, take " + (critical.size() == 1 ? "it" : "them")
                + " away: " + APPLICATIONS + " → Permissions.";
    }

    private static String unknown(List<ReportRow> unknown) {
        int n = unknown.size();
        return n + " permission name" + (n == 1 ? " is" : "s are") + " not in celonis-nb's catalogue, so "
                + (n == 1 ? "its" : "their") + " risk is unknown (" + byService(unknown) + "). "
                + (n == 1 ? "It is" : "They are") + " shown as EMS sent " + (n == 1 ? "it" : "them")
                + "; find out what " + (n == 1 ? "it allows" : "they allow") + " before this key is shared.";
    }

    /** One note per object whose own grant a service-level grant covers. */
    private static void noEffect(List<ReportRow> rows, List<Notice> notices) {
        Map<Target, List<ReportRow>> byObject = new LinkedHashMap<>();
        for (ReportRow row : rows) {
            if (row.effect() == Effect.NO_EFFECT) {
                byObject.computeIfAbsent(row.target(), t -> new ArrayList<>()).add(row);
            }
        }
        byObject.forEach((target, covered) -> {
            ObjectKind kind = target.kind().orElseThrow();
            String names = covered.stream().map(ReportRow::permission).collect(Collectors.joining(", "));
            notices.add(new Notice(NoticeKind.NO_EFFECT, "The one-" + kind.shortWord() + " grant on '"
                    + (target.name().isBlank() ? target.id() : target.name()) + "' (" + names + ") has no effect: "
                    + covered.get(0).note() + "."));
        });
    }

    /** {@code Admin & Settings: MANAGE_MEMBERS, MANAGE_GROUPS; Data Integration: ADMIN on data pool 'Sales'}. */
    static String byService(List<ReportRow> rows) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (ReportRow row : rows) {
            String name = row.permission() + (row.target().isWholeService() ? "" : " on " + row.target().describe());
            grouped.computeIfAbsent(row.serviceDisplayName(), s -> new ArrayList<>()).add(name);
        }
        return grouped.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
