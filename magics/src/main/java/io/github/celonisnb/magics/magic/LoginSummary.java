package io.github.celonisnb.magics.magic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.celonisnb.magics.permissions.Notice;
import io.github.celonisnb.magics.permissions.NoticeKind;
import io.github.celonisnb.magics.permissions.PermissionReport;
import io.github.celonisnb.magics.permissions.ReportRow;
import io.github.celonisnb.magics.permissions.Risk;

/** The few lines {@code %celonis_login} prints about the key's permissions, after the PyCelonis lines. */
final class LoginSummary {

    /** One line of the summary. */
    record Line(boolean warning, String text) {
    }

    private LoginSummary() {
    }

    static List<Line> of(PermissionReport report) {
        List<Line> lines = new ArrayList<>();
        List<ReportRow> effective = report.effectiveRows();
        if (effective.isEmpty()) {
            lines.add(new Line(false, "Permission summary: this key has no permissions in effect, so it sees no data;"
                    + " grant only what this notebook needs under Admin & Settings → Applications. Details:"
                    + " %celonis_permissions."));
        } else {
            Set<String> services = new LinkedHashSet<>();
            effective.forEach(row -> services.add(row.serviceDisplayName()));
            lines.add(new Line(false, "Permission summary: " + effective.size() + " permission"
                    + (effective.size() == 1 ? "" : "s") + " (" + riskCounts(report) + ") in "
                    + String.join(", ", services) + ". Details: %celonis_permissions."));
        }
        for (Notice notice : report.notices()) {
            if (notice.kind() != NoticeKind.NO_PERMISSIONS) {
                lines.add(new Line(notice.kind().isWarning(), notice.text()));
            }
        }
        return List.copyOf(lines);
    }

    /** E.g. {@code 11 critical, 1 high, 1 low}: every level that occurs, most severe first. */
    private static String riskCounts(PermissionReport report) {
        List<String> parts = new ArrayList<>();
        for (Risk risk : Risk.values()) {
            long n = report.count(risk);
            if (n > 0) {
                parts.add(n + " " + risk.word());
            }
        }
        return String.join(", ", parts);
    }
}
