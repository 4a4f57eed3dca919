package io.github.celonisnb.magics.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.celonisnb.magics.permissions.Effect;
import io.github.celonisnb.magics.permissions.Notice;
import io.github.celonisnb.magics.permissions.PermissionReport;
import io.github.celonisnb.magics.permissions.ReportRow;
import io.github.celonisnb.magics.secrets.KeyType;

/**
 * A {@link PermissionReport} as a table: one row per permission with its service and meaning in the words of EMS,
 * its risk, what it is held on and its effect (and, after an audit, the policy's verdict), followed by the
 * report's warnings and notes. {@link #toHtml()} and {@link #toText()} both include the notices;
 * {@link #toJson()} is the same report for code.
 */
public final class PermissionReportView implements Tabular {

    private static final List<String> COLUMNS = List.of("service", "permission", "meaning", "risk", "on", "effect");
    private static final List<String> AUDITED_COLUMNS = List.of("service", "permission", "meaning", "risk", "on",
            "effect", "policy");

    private final PermissionReport report;

    public PermissionReportView(PermissionReport report) {
        this.report = Objects.requireNonNull(report, "report");
    }

    /** The report shown. */
    public PermissionReport report() {
        return report;
    }

    /** E.g. {@code Permissions of the Application Key 'notebook-02'}. */
    @Override
    public String title() {
        String owner = report.ownerName().isBlank() ? "" : " '" + report.ownerName() + "'";
        return "Permissions of the " + report.keyType().description()
                + (report.keyType() == KeyType.APP_KEY ? "" : " of") + owner;
    }

    @Override
    public List<String> columns() {
        return report.audit().isPresent() ? AUDITED_COLUMNS : COLUMNS;
    }

    @Override
    public List<List<String>> rows() {
        boolean audited = report.audit().isPresent();
        List<List<String>> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.serviceDisplayName(), row.permission(), row.meaning(),
                    row.effect() == Effect.MARKER ? "-" : row.risk().word(), row.target().describe(),
                    row.effectText()));
            if (audited) {
                cells.add(row.verdict().word());
            }
            rows.add(List.copyOf(cells));
        }
        return List.copyOf(rows);
    }

    /** The table, then one {@code Warning: ...} or {@code Note: ...} line per notice. */
    @Override
    public String toText() {
        StringBuilder text = new StringBuilder(TableRenderer.text(this));
        for (Notice notice : report.notices()) {
            text.append('\n').append(notice.line());
        }
        return text.toString();
    }

    /** The table, then the notices as a list, every text escaped. */
    @Override
    public String toHtml() {
        StringBuilder html = new StringBuilder(TableRenderer.html(this));
        if (!report.notices().isEmpty()) {
            html.append("\n<ul>\n");
            for (Notice notice : report.notices()) {
                html.append("<li><strong>").append(notice.kind().isWarning() ? "Warning:" : "Note:")
                        .append("</strong> ").append(TableRenderer.escape(notice.text())).append("</li>\n");
            }
            html.append("</ul>");
        }
        return html.toString();
    }

    /** The report as indented JSON ({@link PermissionReportJson}). */
    public String toJson() {
        return PermissionReportJson.format(report);
    }

    @Override
    public String toString() {
        return toText();
    }
}
