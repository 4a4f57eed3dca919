package io.github.celonisnb.magics.permissions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures a key against a policy.
 *
 * <ul>
 *   <li>A permission on the whole service counts as needed only when the policy requires or allows it for the
 *       whole service. Allowing it on one object does not allow it on every one: all pools is more than one.</li>
 *   <li>A permission on one object is needed when the policy requires or allows it for that object, or for the
 *       whole service.</li>
 *   <li>A required permission on the whole service is met only by a grant on the whole service; one on an object
 *       by what is effective on that object, which may come from a covering service-level grant.</li>
 *   <li>Markers ({@code $ACCESS_CHILD}) and grants without effect are neither needed nor excess.</li>
 * </ul>
 */
public final class PolicyAudit {

    private static final String WILL_FAIL = "required by the policy; the notebook will fail where it uses it";

    private PolicyAudit() {
    }

    /** The report with the policy's verdict on each row, a row for each missing permission, and the notices. */
    public static PermissionReport audit(PermissionReport report, Policy policy) {
        List<ReportRow> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            rows.add(row.withVerdict(verdict(row, policy)));
        }
        List<ReportRow> missing = missing(report.access(), policy);
        rows.addAll(missing);
        rows.sort(Comparator.comparingInt(PolicyAudit::serviceOrder));
        List<ReportRow> excess = rows.stream().filter(r -> r.verdict() == Verdict.EXCESS).toList();
        AuditResult audit = new AuditResult(policy.source(), missing, excess);
        List<Notice> notices = new ArrayList<>(report.notices());
        if (!missing.isEmpty()) {
            notices.add(new Notice(NoticeKind.MISSING, "Missing (policy " + policy.source() + "): "
                    + RiskNotices.byService(missing) + ". The notebook will fail where it uses "
                    + (missing.size() == 1 ? "it" : "them") + "; grant " + (missing.size() == 1 ? "it" : "them")
                    + " under " + RiskNotices.APPLICATIONS + " → Permissions."));
        }
        if (!excess.isEmpty()) {
            notices.add(new Notice(NoticeKind.EXCESS, "Excess (policy " + policy.source() + "): the key can do more"
                    + " than this notebook needs: " + RiskNotices.byService(excess) + ". Take "
                    + (excess.size() == 1 ? "it" : "them") + " away under " + RiskNotices.APPLICATIONS
                    + " → Permissions" + narrower(excess, policy) + "."));
        }
        if (audit.passed()) {
            notices.add(new Notice(NoticeKind.POLICY_MET, "The key matches the policy (" + policy.source()
                    + "): everything it requires is there, and nothing more than it allows."));
        }
        return new PermissionReport(report.access(), rows, notices, Optional.of(audit));
    }

    private static Verdict verdict(ReportRow row, Policy policy) {
        if (row.effect() != Effect.EFFECTIVE) {
            return Verdict.NOT_COUNTED;
        }
        Optional<Service> service = row.service();
        if (service.isEmpty()) {
            return Verdict.EXCESS;
        }
        Optional<PolicyRule> serviceRule = policy.serviceRule(service.get());
        if (serviceRule.map(r -> r.required().contains(row.permission())).orElse(false)) {
            return Verdict.REQUIRED;
        }
        Verdict onObject = Verdict.EXCESS;
        if (!row.target().isWholeService()) {
            for (PolicyRule rule : policy.objectRules(row.target().kind().orElseThrow())) {
                if (rule.object().orElseThrow().matches(objectOf(row))) {
                    if (rule.required().contains(row.permission())) {
                        return Verdict.REQUIRED;
                    }
                    if (rule.allowed().contains(row.permission())) {
                        onObject = Verdict.ALLOWED;
                    }
                }
            }
        }
        if (serviceRule.map(r -> r.allowed().contains(row.permission())).orElse(false)) {
            return Verdict.ALLOWED;
        }
        return onObject;
    }

    private static ListedObject objectOf(ReportRow row) {
        Target target = row.target();
        return new ListedObject(target.kind().orElseThrow(), target.id(), target.name(), List.of());
    }

    private static List<ReportRow> missing(KeyAccess access, Policy policy) {
        List<ReportRow> missing = new ArrayList<>();
        for (PolicyRule rule : policy.rules()) {
            String serviceName = rule.service().serviceName();
            if (rule.object().isEmpty()) {
                Set<String> held = access.services().stream().filter(s -> s.serviceName().equals(serviceName))
                        .flatMap(s -> s.names().stream()).collect(Collectors.toSet());
                for (String name : rule.required()) {
                    if (!held.contains(name)) {
                        missing.add(missingRow(serviceName, name, Target.wholeService(), WILL_FAIL));
                    }
                }
                continue;
            }
            ObjectSelector selector = rule.object().get();
            Optional<ListedObject> object = access.objects().stream().filter(selector::matches).findFirst();
            for (String name : rule.required()) {
                if (object.isEmpty()) {
                    String why = access.unlisted().contains(selector.kind())
                            ? "the " + selector.kind().word() + "s could not be listed, so it cannot be checked"
                            : "the key does not see this " + selector.kind().word() + "; the notebook will fail"
                                    + " where it uses it";
                    missing.add(missingRow(serviceName, name, Target.named(selector.kind(), selector.nameOrId()), why));
                } else if (!EffectivePermissions.effectiveOn(object.get(), access.services()).contains(name)) {
                    missing.add(missingRow(serviceName, name, Target.of(object.get()), WILL_FAIL));
                }
            }
        }
        return missing;
    }

    private static ReportRow missingRow(String serviceName, String name, Target target, String why) {
        return new ReportRow(serviceName, name, PermissionCatalog.find(serviceName, name),
                PermissionCatalog.riskOf(serviceName, name), target, Effect.MISSING, why, Verdict.MISSING);
    }

    /** For a service-wide excess that the policy allows on single objects: say to grant it there instead. */
    private static String narrower(List<ReportRow> excess, Policy policy) {
        List<String> hints = new ArrayList<>();
        for (ReportRow row : excess) {
            if (!row.target().isWholeService() || row.service().isEmpty()) {
                continue;
            }
            ObjectKind.of(row.service().get()).ifPresent(kind -> {
                List<String> objects = policy.objectRules(kind).stream()
                        .filter(r -> r.permits(row.permission()))
                        .map(r -> r.object().orElseThrow().describe()).toList();
                if (!objects.isEmpty()) {
                    hints.add(row.permission() + " on " + String.join(" and ", objects) + " only");
                }
            });
        }
        return hints.isEmpty() ? "" : ", and grant " + String.join(", ", hints);
    }

    private static int serviceOrder(ReportRow row) {
        return row.service().map(s -> s.ordinal()).orElse(Service.values().length);
    }
}
