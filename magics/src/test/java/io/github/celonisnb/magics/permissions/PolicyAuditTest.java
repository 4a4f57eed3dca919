package io.github.celonisnb.magics.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyAuditTest {

    private static Policy require(String... specs) throws InvalidPolicyException {
        return PolicySpecs.of(List.of(specs), List.of());
    }

    @Test
    void aKeyWithExactlyWhatIsRequiredPasses() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("a")
                .service("event-collection", "USE_ALL_DATA_MODELS").report(),
                require("event-collection:USE_ALL_DATA_MODELS"));
        assertEquals(List.of("USE_ALL_DATA_MODELS|whole service|required"), Access.verdicts(report));
        assertFalse(report.failsPolicy());
        assertEquals(List.of(new Notice(NoticeKind.POLICY_MET, "The key matches the policy (--require): everything it"
                + " requires is there, and nothing more than it allows.")), report.notices());
    }

    @Test
    void whatIsRequiredButNotHeldIsMissingAndTheNotebookWillFail() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("notebook-02").report(),
                require("event-collection:USE_ALL_DATA_MODELS"));
        assertEquals(List.of("event-collection|USE_ALL_DATA_MODELS|low|whole service|missing: required by the policy;"
                + " the notebook will fail where it uses it"), Access.lines(report));
        assertEquals(List.of("USE_ALL_DATA_MODELS|whole service|MISSING"), Access.verdicts(report));
        AuditResult audit = report.audit().orElseThrow();
        assertEquals(1, audit.missing().size());
        assertEquals(List.of(), audit.excess());
        assertEquals(new Notice(NoticeKind.MISSING, "Missing (policy --require): Data Integration: USE_ALL_DATA_MODELS."
                + " The notebook will fail where it uses it; grant it under Admin & Settings → Applications →"
                + " Permissions."), report.notices().get(1));
    }

    @Test
    void whatIsHeldButNeitherRequiredNorAllowedIsExcess() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("a")
                .service("event-collection", "USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS", "CREATE_DATA_POOL").report(),
                PolicySpecs.of(List.of("event-collection:USE_ALL_DATA_MODELS"), List.of("event-collection:CREATE_DATA_POOL")));
        assertEquals(List.of("USE_ALL_DATA_MODELS|whole service|required", "EDIT_ALL_DATA_POOLS|whole service|EXCESS",
                "CREATE_DATA_POOL|whole service|allowed"), Access.verdicts(report));
        assertEquals(List.of(new Notice(NoticeKind.EXCESS, "Excess (policy --require and --allow): the key can do more"
                + " than this notebook needs: Data Integration: EDIT_ALL_DATA_POOLS. Take it away under Admin & Settings"
                + " → Applications → Permissions.")), report.notices());
        assertTrue(report.failsPolicy());
    }

    @Test
    void anAdminsUserKeyFailsAPolicyThatNeedsOnlyDataModels() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.user("Ada Admin").service("team", Access.teamRights())
                .report(), require("event-collection:USE_ALL_DATA_MODELS"));
        AuditResult audit = report.audit().orElseThrow();
        assertEquals(11, audit.excess().size());
        assertEquals(1, audit.missing().size());
        assertEquals("The key does not match the policy (--require), and --strict stops the run. Excess, the key can"
                + " do more than this notebook needs: Admin & Settings MANAGE_SSO_SETTINGS (whole service), Admin &"
                + " Settings MANAGE_LICENSE_SETTINGS (whole service), Admin & Settings MANAGE_MEMBERS (whole service),"
                + " Admin & Settings MANAGE_UPLINK_INTEGRATIONS (whole service), Admin & Settings MANAGE_GENERAL_SETTINGS"
                + " (whole service), Admin & Settings MANAGE_GROUPS (whole service), Admin & Settings MANAGE_PERMISSIONS"
                + " (whole service), Admin & Settings MANAGE_APPLICATIONS (whole service), Admin & Settings"
                + " MANAGE_ADMIN_NOTIFICATIONS (whole service), Admin & Settings IMPORT_MEMBERS (whole service), Admin &"
                + " Settings MANAGE_MEMBER_LOCKING_POLICY (whole service). Missing, the notebook will fail without: Data"
                + " Integration USE_ALL_DATA_MODELS (whole service). Change the key's permissions under Admin & Settings"
                + " → Applications → Permissions, or the policy if the notebook's needs changed.",
                new PolicyViolationException(audit).getMessage());
    }

    @Test
    void allPoolsIsExcessWhenTheNotebookNeedsOnePoolAndTheHintSaysWhereToGrantIt() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("a").service("event-collection", "USE_ALL_DATA_MODELS")
                .pool("p1", "Sales", "USE_ALL_DATA_MODELS").pool("p2", "HR", "USE_ALL_DATA_MODELS").report(),
                require("event-collection:pool/Sales:USE_ALL_DATA_MODELS"));
        assertEquals(List.of("USE_ALL_DATA_MODELS|whole service|EXCESS"), Access.verdicts(report));
        assertEquals(List.of(), report.audit().orElseThrow().missing(), "the covering grant meets the pool's need");
        assertEquals("Excess (policy --require): the key can do more than this notebook needs: Data Integration:"
                + " USE_ALL_DATA_MODELS. Take it away under Admin & Settings → Applications → Permissions, and grant"
                + " USE_ALL_DATA_MODELS on data pool 'Sales' only.", report.notices().get(0).text());
    }

    @Test
    void aOnePoolGrantTheNotebookNeedsIsRequiredAndOneOnAnotherPoolIsExcess() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("a").service("event-collection", "$ACCESS_CHILD")
                .pool("p1", "Sales", "USE_ALL_DATA_MODELS").pool("p2", "HR", "ADMIN").report(),
                require("event-collection:pool/p1:USE_ALL_DATA_MODELS"));
        assertEquals(List.of("$ACCESS_CHILD|whole service|-", "USE_ALL_DATA_MODELS|data pool 'Sales'|required",
                "ADMIN|data pool 'HR'|EXCESS"), Access.verdicts(report));
    }

    @Test
    void aServiceWideAllowanceAllowsTheSameNameOnOnePool() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("a").service("event-collection", "$ACCESS_CHILD")
                .pool("p1", "Sales", "USE_ALL_DATA_MODELS").report(),
                PolicySpecs.of(List.of(), List.of("event-collection:USE_ALL_DATA_MODELS")));
        assertEquals(List.of("$ACCESS_CHILD|whole service|-", "USE_ALL_DATA_MODELS|data pool 'Sales'|allowed"),
                Access.verdicts(report));
    }

    @Test
    void aPoolTheKeyDoesNotSeeMakesItsRequirementsMissing() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("a").service("event-collection", "$ACCESS_CHILD")
                .pool("p1", "Sales", "USE_ALL_DATA_MODELS").report(),
                require("event-collection:pool/Sales:USE_ALL_DATA_MODELS", "event-collection:pool/HR:DATA_PUSH_API"));
        assertEquals(List.of(
                "event-collection|$ACCESS_CHILD|low|whole service|not a grant: marks grants on single data pools",
                "event-collection|USE_ALL_DATA_MODELS|low|data pool 'Sales'|effective",
                "event-collection|DATA_PUSH_API|high|data pool 'HR'|missing: the key does not see this data pool; the"
                        + " notebook will fail where it uses it"), Access.lines(report));
    }

    @Test
    void aRequirementOnAPoolIsMissingWhenOnlyAnotherRightIsHeldThere() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("a").service("event-collection", "$ACCESS_CHILD")
                .pool("p1", "Sales", "USE_ALL_DATA_MODELS").report(), require("event-collection:pool/Sales:ADMIN"));
        assertEquals("ADMIN|data pool 'Sales'|MISSING", Access.verdicts(report).get(2));
    }

    @Test
    void unlistedPoolsMakeAPoolRequirementUncheckableAndMissing() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("a").service("event-collection", "$ACCESS_CHILD")
                .unlisted(ObjectKind.DATA_POOL).report(), require("event-collection:pool/Sales:ADMIN"));
        assertEquals("missing: the data pools could not be listed, so it cannot be checked",
                report.rows().get(1).effectText());
    }

    @Test
    void grantsWithoutEffectAndMarkersAreNeitherNeededNorExcess() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("a").service("event-collection", "EDIT_ALL_DATA_POOLS")
                .pool("p1", "Sales", "EDIT_ALL_DATA_POOLS", "ADMIN").report(),
                require("event-collection:EDIT_ALL_DATA_POOLS"));
        assertEquals(List.of("EDIT_ALL_DATA_POOLS|whole service|required", "ADMIN|data pool 'Sales'|-"),
                Access.verdicts(report));
        assertFalse(report.failsPolicy());
    }

    @Test
    void unknownNamesCountAsExcessUnlessAllowed() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("a").service("task-mining", "VIEW_PROJECTS")
                .service("brand-new", "RUN").report(), PolicySpecs.of(List.of(), List.of("task-mining:VIEW_PROJECTS")));
        assertEquals(List.of("VIEW_PROJECTS|whole service|allowed", "RUN|whole service|EXCESS"), Access.verdicts(report));
    }

    @Test
    void missingRowsStandWithTheirServiceInServerOrder() throws Exception {
        PermissionReport report = PolicyAudit.audit(Access.app("a").service("package-manager", "CREATE_SPACE")
                .service("event-collection", "USE_ALL_DATA_MODELS").report(), require("package-manager:EDIT_ALL_SPACES"));
        assertEquals(List.of("CREATE_SPACE|whole service|EXCESS", "EDIT_ALL_SPACES|whole service|MISSING",
                "USE_ALL_DATA_MODELS|whole service|EXCESS"), Access.verdicts(report));
    }

    @TempDir
    Path dir;

    @Test
    void theLocatorPrefersTheGivenFileThenTheOptionsThenTheFileBesideTheNotebook() throws Exception {
        assertEquals(Optional.empty(), PolicyLocator.find(dir, null, List.of(), List.of()));
        Files.writeString(dir.resolve("celonis-policy.json"), "{\"services\": {\"team\": {}}}");
        assertEquals("celonis-policy.json", PolicyLocator.find(dir, null, List.of(), List.of()).orElseThrow().source());
        assertEquals("--require", PolicyLocator.find(dir, null, List.of("team:MANAGE_MEMBERS"), List.of())
                .orElseThrow().source());
        Files.writeString(dir.resolve("other.json"), "{\"services\": {}}");
        assertEquals("other.json and --require", PolicyLocator.find(dir, Path.of("other.json"),
                List.of("team:MANAGE_MEMBERS"), List.of()).orElseThrow().source());
    }
}
