package io.github.celonisnb.magics.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN.md §3, "Risk": every rule, one case each, through the report that shows it. */
class RiskRulesTest {

    @Test
    void everyAdminAndSettingsPermissionIsCritical() {
        List<Permission> team = PermissionCatalog.of(Service.TEAM);
        assertEquals(11, team.size());
        for (Permission p : team) {
            assertEquals(Risk.CRITICAL, PermissionCatalog.riskOf("team", p.name()), p.name());
        }
    }

    @Test
    void anyUserProvisioningPermissionIsCriticalEvenUnknownOnes() {
        assertEquals(Risk.CRITICAL, PermissionCatalog.riskOf("user-provisioning", "MANAGE_SCIM"));
        assertEquals(Risk.CRITICAL, PermissionCatalog.riskOf("user-provisioning", "ANYTHING_AT_ALL"));
    }

    @ParameterizedTest
    @CsvSource({"package-manager", "process-analytics", "task-mining", "action-engine", "some-new-service"})
    void managePermissionsIsCriticalInEveryService(String service) {
        assertEquals(Risk.CRITICAL, PermissionCatalog.riskOf(service, "MANAGE_PERMISSIONS"));
    }

    @ParameterizedTest
    @CsvSource({
        "event-collection, ADMIN", "event-collection, EDIT_ALL_DATA_POOLS", "event-collection, CREATE_DATA_POOL",
        "event-collection, DATA_PUSH_API", "event-collection, CONTINUOUS_DATA_PUSH_API",
        "ml-workbench, CREATE_SCHEDULERS", "ml-workbench, EDIT_SCHEDULERS",
        "package-manager, DELETE_ALL_SPACES", "package-manager, EDIT_ALL_SPACES",
        "package-manager, DELETE_ALL_PACKAGES", "package-manager, EDIT_ALL_PACKAGES",
        "storage-manager, GET", "storage-manager, LIST"})
    void changingCreatingPushingRunningAndRawFileAccessAreHigh(String service, String name) {
        assertEquals(Risk.HIGH, PermissionCatalog.riskOf(service, name));
    }

    @ParameterizedTest
    @CsvSource({"event-collection, USE_ALL_DATA_MODELS", "package-manager, USE", "package-manager, USE_PACKAGE",
        "package-manager, USE_ALL_PACKAGES", "process-analytics, USE_ANALYSIS", "ml-workbench, VIEW_CONFIGURATION",
        "ml-workbench, USE_ALL_SCHEDULERS"})
    void useAndViewAreLow(String service, String name) {
        assertEquals(Risk.LOW, PermissionCatalog.riskOf(service, name));
    }

    @Test
    void aNameTheCatalogueDoesNotKnowIsUnknownAndShownNotDropped() {
        PermissionReport report = Access.app("a").service("task-mining", "VIEW_PROJECTS")
                .service("event-collection", "USE_ALL_DATA_MODELS", "MANAGE_ALL_DATA_POOLS").report();
        assertEquals(List.of(
                "task-mining|VIEW_PROJECTS|unknown|whole service|effective",
                "event-collection|USE_ALL_DATA_MODELS|low|whole service|effective: reaches every data pool",
                "event-collection|MANAGE_ALL_DATA_POOLS|unknown|whole service|effective"), Access.lines(report));
        assertEquals("unknown to celonis-nb", report.rows().get(0).meaning());
        assertEquals(List.of(new Notice(NoticeKind.UNKNOWN_PERMISSIONS, "2 permission names are not in celonis-nb's"
                + " catalogue, so their risk is unknown (Task Mining: VIEW_PROJECTS; Data Integration:"
                + " MANAGE_ALL_DATA_POOLS). They are shown as EMS sent them; find out what they allow before this key"
                + " is shared.")), report.notices());
    }

    @Test
    void aServiceTheCatalogueDoesNotKnowIsShownByItsWireName() {
        PermissionReport report = Access.app("a").service("process-mining-2", "RUN").report();
        ReportRow row = report.rows().get(0);
        assertEquals("process-mining-2", row.serviceDisplayName());
        assertEquals(Risk.UNKNOWN, row.risk());
        assertEquals("1 permission name is not in celonis-nb's catalogue, so its risk is unknown (process-mining-2:"
                + " RUN). It is shown as EMS sent it; find out what it allows before this key is shared.",
                report.notices().get(0).text());
    }

    @Test
    void theAccessChildMarkerIsNeitherAGrantNorUnknown() {
        PermissionReport report = Access.app("a").service("task-mining", "$ACCESS_CHILD").report();
        ReportRow row = report.rows().get(0);
        assertEquals(Effect.MARKER, row.effect());
        assertFalse(row.isUnknown());
        assertEquals("not a grant: marks grants on single objects of this service", row.effectText());
        assertEquals(List.of(), report.notices());
        assertEquals(List.of(), report.effectiveRows());
    }

    @Test
    void aUserKeyIsWarnedAboutWithTheNumberOfCriticalRights() {
        PermissionReport report = Access.user("Ada Admin").service("team", Access.teamRights()).report();
        assertEquals(List.of(new Notice(NoticeKind.USER_KEY, "This key carries every right of its user, here 11"
                + " critical ones; create an application key with only what this notebook needs: Admin & Settings →"
                + " Applications.")), report.notices());
        assertEquals(11, report.count(Risk.CRITICAL));
    }

    @Test
    void aUserKeyWithOneOrNoCriticalRightIsStillWarnedAbout() {
        assertEquals("This key carries every right of its user, here 1 critical one; create an application key with"
                        + " only what this notebook needs: Admin & Settings → Applications.",
                Access.user("u").service("team", "MANAGE_MEMBERS").report().notices().get(0).text());
        assertEquals("This key carries every right of its user, and any right the user is given later; create an"
                        + " application key with only what this notebook needs: Admin & Settings → Applications.",
                Access.user("u").service("event-collection", "USE_ALL_DATA_MODELS").report().notices().get(0).text());
    }

    @Test
    void anApplicationKeyWithACriticalPermissionIsWarnedAbout() {
        PermissionReport report = Access.app("ops").service("team", "MANAGE_APPLICATIONS", "MANAGE_MEMBERS").report();
        assertEquals(List.of(new Notice(NoticeKind.CRITICAL_PERMISSIONS, "This application key holds 2 critical"
                + " permissions (Admin & Settings: MANAGE_APPLICATIONS, MANAGE_MEMBERS): whoever holds it can create or"
                + " upgrade keys and so take over the team. Unless this notebook administers the team, take them away:"
                + " Admin & Settings → Applications → Permissions.")), report.notices());
    }

    @Test
    void aCriticalPermissionThatCannotMintKeysIsWarnedAboutInOtherWords() {
        assertEquals("This application key holds 1 critical permission (Admin & Settings: MANAGE_GROUPS): whoever holds"
                        + " it can administer the team or its members. Unless this notebook administers the team, take"
                        + " it away: Admin & Settings → Applications → Permissions.",
                Access.app("ops").service("team", "MANAGE_GROUPS").report().notices().get(0).text());
    }

    @Test
    void anApplicationKeyWithoutCriticalPermissionsGetsNoRiskWarning() {
        assertEquals(List.of(), Access.app("a").service("event-collection", "EDIT_ALL_DATA_POOLS").report().notices());
    }

    @Test
    void aNewKeyHasNoRowsAndTheReportSaysWhatThatMeans() {
        PermissionReport report = Access.app("notebook-02").report();
        assertEquals(List.of(), report.rows());
        assertEquals(List.of(new Notice(NoticeKind.NO_PERMISSIONS, "This key has no permissions: it can log in but"
                + " sees no data. Grant only what this notebook needs: Admin & Settings → Applications →"
                + " Permissions.")), report.notices());
    }
}
