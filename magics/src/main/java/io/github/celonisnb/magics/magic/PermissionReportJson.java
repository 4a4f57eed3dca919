package io.github.celonisnb.magics.magic;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.celonisnb.magics.permissions.AuditResult;
import io.github.celonisnb.magics.permissions.Notice;
import io.github.celonisnb.magics.permissions.PermissionReport;
import io.github.celonisnb.magics.permissions.ReportRow;
import io.github.celonisnb.magics.permissions.Verdict;

/**
 * Writes a permission report as JSON for code:
 *
 * <pre>{@code
 * {
 *   "key": {"type": "APP_KEY", "owner": "notebook-02"},
 *   "permissions": [
 *     {"service": "event-collection", "serviceInEms": "Data Integration", "permission": "ADMIN",
 *      "meaning": "Administer the data pool", "risk": "high", "known": true,
 *      "on": {"kind": "data pool", "id": "...", "name": "Sales"}, "effect": "no effect",
 *      "note": "EDIT_ALL_DATA_POOLS covers every pool", "policy": "not-counted"}
 *   ],
 *   "notices": [{"kind": "no-effect", "warning": false, "text": "..."}],
 *   "policy": {"source": "celonis-policy.json", "passed": false, "missing": 0, "excess": 1}
 * }
 * }</pre>
 *
 * <p>{@code on} is {@code {"kind": "service"}} for the whole service; {@code policy} appears on each permission
 * and at the top only after an audit (the top-level one is {@code null} otherwise). Names are as EMS sent them.
 */
public final class PermissionReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private PermissionReportJson() {
    }

    /** The report as indented JSON, without a trailing newline. */
    public static String format(PermissionReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode key = root.putObject("key");
        key.put("type", report.keyType().name());
        key.put("owner", report.ownerName());
        ArrayNode permissions = root.putArray("permissions");
        boolean audited = report.audit().isPresent();
        for (ReportRow row : report.rows()) {
            ObjectNode p = permissions.addObject();
            p.put("service", row.serviceName());
            p.put("serviceInEms", row.serviceDisplayName());
            p.put("permission", row.permission());
            p.put("meaning", row.meaning());
            p.put("risk", row.risk().word());
            p.put("known", row.known().isPresent());
            ObjectNode on = p.putObject("on");
            if (row.target().isWholeService()) {
                on.put("kind", "service");
            } else {
                on.put("kind", row.target().kind().orElseThrow().word());
                on.put("id", row.target().id());
                on.put("name", row.target().name());
            }
            p.put("effect", row.effect().word());
            p.put("note", row.note());
            if (audited) {
                p.put("policy", jsonWord(row.verdict()));
            }
        }
        ArrayNode notices = root.putArray("notices");
        for (Notice notice : report.notices()) {
            ObjectNode n = notices.addObject();
            n.put("kind", notice.kind().jsonName());
            n.put("warning", notice.kind().isWarning());
            n.put("text", notice.text());
        }
        if (audited) {
            AuditResult audit = report.audit().get();
            ObjectNode policy = root.putObject("policy");
            policy.put("source", audit.policySource());
            policy.put("passed", audit.passed());
            policy.put("missing", audit.missing().size());
            policy.put("excess", audit.excess().size());
        } else {
            root.putNull("policy");
        }
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A permission report could not be written as JSON", e);
        }
    }

    private static String jsonWord(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
