package io.github.celonisnb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.permissions.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantTest {

    @Test
    void parsesAServiceAndItsPermissions() {
        Grant grant = Grant.parse("event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS");
        assertEquals(Service.EVENT_COLLECTION, grant.service());
        assertEquals(List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS"), grant.permissions());
        assertEquals("event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS", grant.toString());
    }

    @Test
    void ignoresLetterCaseSpacesAndRepeats() {
        assertEquals(Grant.of(Service.TEAM, "MANAGE_MEMBERS"), Grant.parse(" Team : manage_members , MANAGE_MEMBERS "));
    }

    @Test
    void roundTripsThroughToString() {
        Grant grant = Grant.of(Service.ML_WORKBENCH, "VIEW_CONFIGURATION", "EDIT_SCHEDULERS");
        assertEquals(grant, Grant.parse(grant.toString()));
    }

    @Test
    void rejectsTextWithoutColon() {
        assertMessage(InvalidGrantException.Reason.MALFORMED, "event-collection",
                "Malformed grant 'event-collection': expected service:PERM[,PERM...], e.g. event-collection:USE_ALL_DATA_MODELS.");
    }

    @Test
    void rejectsAnEmptyPermissionList() {
        assertMessage(InvalidGrantException.Reason.MALFORMED, "team:",
                "Malformed grant 'team:': expected service:PERM[,PERM...], e.g. event-collection:USE_ALL_DATA_MODELS.");
        assertMessage(InvalidGrantException.Reason.MALFORMED, "team:MANAGE_MEMBERS,,MANAGE_GROUPS",
                "Malformed grant 'team:MANAGE_MEMBERS,,MANAGE_GROUPS': expected service:PERM[,PERM...], "
                        + "e.g. event-collection:USE_ALL_DATA_MODELS.");
    }

    @Test
    void rejectsBlankText() {
        assertMessage(InvalidGrantException.Reason.MALFORMED, " ",
                "Empty grant: expected service:PERM[,PERM...], e.g. event-collection:USE_ALL_DATA_MODELS.");
    }

    @Test
    void rejectsAnUnknownServiceListingTheKnownOnes() {
        assertMessage(InvalidGrantException.Reason.UNKNOWN_SERVICE, "data-integration:USE_ALL_DATA_MODELS",
                "Unknown service 'data-integration' in grant 'data-integration:USE_ALL_DATA_MODELS': expected one of "
                        + "package-manager, workflows, task-mining, team, action-engine, process-repository, "
                        + "process-analytics, transformation-center, storage-manager, event-collection, ml-workbench, "
                        + "user-provisioning.");
    }

    @Test
    void rejectsAnUnknownPermissionListingTheServicesOwn() {
        assertMessage(InvalidGrantException.Reason.UNKNOWN_PERMISSION, "event-collection:VIEW_ALL_DATA_POOLS",
                "Unknown permission 'VIEW_ALL_DATA_POOLS' for service 'event-collection' in grant "
                        + "'event-collection:VIEW_ALL_DATA_POOLS': expected one of USE_ALL_DATA_MODELS, "
                        + "EDIT_ALL_DATA_POOLS, CREATE_DATA_POOL.");
    }

    @Test
    void rejectsAnyPermissionOfAServiceWithoutKnownNames() {
        assertMessage(InvalidGrantException.Reason.UNKNOWN_PERMISSION, "workflows:VIEW_AGENTS",
                "Unknown permission 'VIEW_AGENTS' for service 'workflows' in grant 'workflows:VIEW_AGENTS': "
                        + "the emulator knows no permission of this service.");
    }

    @Test
    void rejectsTheChildAccessMarker() {
        assertMessage(InvalidGrantException.Reason.NOT_GRANTABLE, "package-manager:$ACCESS_CHILD",
                "'$ACCESS_CHILD' in grant 'package-manager:$ACCESS_CHILD' cannot be granted: the emulator lists it "
                        + "by itself when only object-level grants exist.");
    }

    @Test
    void rejectsAnObjectPermissionGrantedOnTheWholeService() {
        assertMessage(InvalidGrantException.Reason.NOT_GRANTABLE, "package-manager:USE",
                "Permission 'USE' of service 'package-manager' in grant 'package-manager:USE' is granted on one "
                        + "object, not on the whole service: expected one of MANAGE_PERMISSIONS, EDIT_ALL_SPACES, "
                        + "CREATE_SPACE, DELETE_ALL_SPACES.");
    }

    @Test
    void neverEchoesAValueLongEnoughToBeAKey() {
        String longValue = "x".repeat(120);
        InvalidGrantException e = assertThrows(InvalidGrantException.class, () -> Grant.parse(longValue));
        assertEquals("Malformed grant (a 120-character value, not shown): expected service:PERM[,PERM...], "
                + "e.g. event-collection:USE_ALL_DATA_MODELS.", e.getMessage());
    }

    private static void assertMessage(InvalidGrantException.Reason reason, String text, String message) {
        InvalidGrantException e = assertThrows(InvalidGrantException.class, () -> Grant.parse(text));
        assertEquals(message, e.getMessage());
        assertEquals(reason, e.reason());
    }
}
