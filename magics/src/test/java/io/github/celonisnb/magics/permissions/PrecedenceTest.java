package io.github.celonisnb.magics.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** DESIGN.md §3: a service-level grant that reaches every object decides over a grant on one object. */
class PrecedenceTest {

    private static final String SALES = "pool-sales";
    private static final String HR = "pool-hr";

    @Test
    void anAllPoolsGrantMakesAOnePoolGrantPointlessAndTheReportSaysSo() {
        PermissionReport report = Access.app("a").service("event-collection", "EDIT_ALL_DATA_POOLS")
                .pool(SALES, "Sales", "EDIT_ALL_DATA_POOLS", "USE_ALL_DATA_MODELS")
                .pool(HR, "HR", "EDIT_ALL_DATA_POOLS").report();
        assertEquals(List.of(
                "event-collection|EDIT_ALL_DATA_POOLS|high|whole service|effective: reaches every data pool",
                "event-collection|USE_ALL_DATA_MODELS|low|data pool 'Sales'|no effect: EDIT_ALL_DATA_POOLS covers every pool"),
                Access.lines(report));
        assertEquals(List.of(new Notice(NoticeKind.NO_EFFECT, "The one-pool grant on 'Sales' (USE_ALL_DATA_MODELS) has"
                + " no effect: EDIT_ALL_DATA_POOLS covers every pool.")), report.notices());
        assertEquals(1, report.effectiveRows().size());
    }

    @Test
    void twoCoveringGrantsAreBothNamed() {
        PermissionReport report = Access.app("a").service("event-collection", "USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS")
                .pool(SALES, "Sales", "USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS", "ADMIN", "DATA_PUSH_API").report();
        assertEquals("The one-pool grant on 'Sales' (ADMIN, DATA_PUSH_API) has no effect: USE_ALL_DATA_MODELS and"
                + " EDIT_ALL_DATA_POOLS cover every pool.", report.notices().get(0).text());
    }

    @Test
    void aOnePoolGrantAloneIsEffectiveOnThatPoolAndTheServiceShowsOnlyTheMarker() {
        PermissionReport report = Access.app("a").service("event-collection", "$ACCESS_CHILD")
                .pool(SALES, "Sales", "USE_ALL_DATA_MODELS").report();
        assertEquals(List.of(
                "event-collection|$ACCESS_CHILD|low|whole service|not a grant: marks grants on single data pools",
                "event-collection|USE_ALL_DATA_MODELS|low|data pool 'Sales'|effective"), Access.lines(report));
        assertEquals(List.of(), report.notices());
    }

    @Test
    void otherServiceLevelNamesInAPoolsArrayAreNotTakenForItsOwnGrant() {
        PermissionReport report = Access.app("a").service("event-collection", "CREATE_DATA_POOL")
                .pool(SALES, "Sales", "CREATE_DATA_POOL", "ADMIN").report();
        assertEquals(List.of(
                "event-collection|CREATE_DATA_POOL|high|whole service|effective",
                "event-collection|ADMIN|high|data pool 'Sales'|effective"), Access.lines(report));
    }

    @Test
    void creatingPoolsDoesNotCoverAOnePoolGrant() {
        ListedObject sales = new ListedObject(ObjectKind.DATA_POOL, SALES, "Sales", List.of("CREATE_DATA_POOL", "ADMIN"));
        assertEquals(Set.of("CREATE_DATA_POOL", "ADMIN"), EffectivePermissions.effectiveOn(sales,
                List.of(new ListedService("event-collection", List.of("CREATE_DATA_POOL")))));
    }

    @Test
    void onACoveredPoolOnlyTheServiceLevelNamesAreEffective() {
        ListedObject sales = new ListedObject(ObjectKind.DATA_POOL, SALES, "Sales",
                List.of("USE_ALL_DATA_MODELS", "ADMIN", "$ACCESS_CHILD"));
        assertEquals(Set.of("USE_ALL_DATA_MODELS"), EffectivePermissions.effectiveOn(sales,
                List.of(new ListedService("event-collection", List.of("USE_ALL_DATA_MODELS")))));
    }

    @Test
    void anAllSpacesGrantCoversAOneSpaceGrantAndTheSpacesMarkerIsSkipped() {
        PermissionReport report = Access.app("a").service("package-manager", "EDIT_ALL_SPACES")
                .space("space-default", "Default", "EDIT_ALL_SPACES", "$ACCESS_CHILD", "USE").report();
        assertEquals(List.of(
                "package-manager|EDIT_ALL_SPACES|high|whole service|effective: reaches every space",
                "package-manager|USE|low|space 'Default'|no effect: EDIT_ALL_SPACES covers every space"),
                Access.lines(report));
        assertEquals("The one-space grant on 'Default' (USE) has no effect: EDIT_ALL_SPACES covers every space.",
                report.notices().get(0).text());
    }

    @Test
    void aOneSpaceGrantIsShownWithTheSpacesName() {
        PermissionReport report = Access.app("a").service("package-manager", "$ACCESS_CHILD")
                .space("space-default", "Default", "$ACCESS_CHILD", "USE", "USE_ALL_PACKAGES").report();
        assertEquals(List.of(
                "package-manager|$ACCESS_CHILD|low|whole service|not a grant: marks grants on single spaces",
                "package-manager|USE|low|space 'Default'|effective",
                "package-manager|USE_ALL_PACKAGES|low|space 'Default'|effective"), Access.lines(report));
    }

    @Test
    void aFailedListingIsSaidAndDoesNotPassForNoPermissions() {
        PermissionReport report = Access.app("a").service("event-collection", "$ACCESS_CHILD")
                .unlisted(ObjectKind.DATA_POOL).report();
        assertEquals(List.of(new Notice(NoticeKind.LISTING_FAILED, "The data pools could not be listed, so grants on"
                + " single data pools are not shown; run the report again later.")), report.notices());
    }

    @Test
    void onlyServicesThatListSomethingAreWorthListingObjectsFor() {
        KeyAccess none = Access.app("a").build();
        assertEquals(Set.of(), KeyAccess.kindsToList(none.services()));
        KeyAccess some = Access.app("a").service("event-collection", "$ACCESS_CHILD").service("package-manager", "USE")
                .build();
        assertEquals(Set.of(ObjectKind.DATA_POOL, ObjectKind.SPACE), KeyAccess.kindsToList(some.services()));
    }
}
