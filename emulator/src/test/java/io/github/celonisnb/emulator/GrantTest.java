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
                "Malformed grant 'event-collection': expected service:PERM[,PERM...] or service:TYPE/ID:PERM[,PERM...], "
                        + "e.g. event-collection:USE_ALL_DATA_MODELS.");
    }

    @Test
    void rejectsAnEmptyPermissionList() {
        assertMessage(InvalidGrantException.Reason.MALFORMED, "team:",
                "Malformed grant 'team:': expected service:PERM[,PERM...] or service:TYPE/ID:PERM[,PERM...], "
                        + "e.g. event-collection:USE_ALL_DATA_MODELS.");
        assertMessage(InvalidGrantException.Reason.MALFORMED, "team:MANAGE_MEMBERS,,MANAGE_GROUPS",
                "Malformed grant 'team:MANAGE_MEMBERS,,MANAGE_GROUPS': expected service:PERM[,PERM...] or "
                        + "service:TYPE/ID:PERM[,PERM...], e.g. event-collection:USE_ALL_DATA_MODELS.");
    }

    @Test
    void rejectsBlankText() {
        assertMessage(InvalidGrantException.Reason.MALFORMED, " ",
                "Empty grant: expected service:PERM[,PERM...] or service:TYPE/ID:PERM[,PERM...], "
                        + "e.g. event-collection:USE_ALL_DATA_MODELS.");
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
        assertEquals("Malformed grant (a 120-character value, not shown): expected service:PERM[,PERM...] or "
                + "service:TYPE/ID:PERM[,PERM...], e.g. event-collection:USE_ALL_DATA_MODELS.", e.getMessage());
    }

    @Test
    void parsesAGrantOnOnePool() {
        String poolId = SeedData.SANDBOX_POOL.id();
        Grant grant = Grant.parse("event-collection:pool/" + poolId.toUpperCase(java.util.Locale.ROOT) + ":admin,DATA_PUSH_API");
        assertEquals(Service.EVENT_COLLECTION, grant.service());
        assertEquals(java.util.Optional.of(new ObjectRef(ObjectType.POOL, poolId)), grant.object());
        assertEquals(List.of("ADMIN", "DATA_PUSH_API"), grant.permissions());
        assertEquals("event-collection:pool/" + poolId + ":ADMIN,DATA_PUSH_API", grant.toString());
        assertEquals(grant, Grant.parse(grant.toString()));
        assertEquals(grant, Grant.onObject(new ObjectRef(ObjectType.POOL, poolId), "ADMIN", "DATA_PUSH_API"));
    }

    @Test
    void parsesAGrantOnOneSpace() {
        Grant grant = Grant.parse("package-manager:space/" + SeedData.DEFAULT_SPACE.id() + ":USE,USE_ALL_PACKAGES");
        assertEquals(ObjectType.SPACE, grant.object().orElseThrow().type());
        assertEquals(true, grant.isObjectLevel());
    }

    @Test
    void rejectsAnUnknownObjectType() {
        assertMessage(InvalidGrantException.Reason.MALFORMED, "event-collection:model/x:ADMIN",
                "Unknown object type 'model' in grant 'event-collection:model/x:ADMIN': expected pool (event-collection) "
                        + "or space (package-manager).");
    }

    @Test
    void rejectsAnObjectOfAnotherService() {
        String text = "package-manager:pool/" + SeedData.SANDBOX_POOL.id() + ":USE";
        assertMessage(InvalidGrantException.Reason.NOT_GRANTABLE, text,
                "A pool belongs to event-collection, not to package-manager, in grant '" + text + "'.");
    }

    @Test
    void rejectsAnObjectThatDoesNotExist() {
        String text = "event-collection:pool/00000000-0000-0000-0000-000000000000:ADMIN";
        assertMessage(InvalidGrantException.Reason.UNKNOWN_OBJECT, text,
                "No pool with id '00000000-0000-0000-0000-000000000000' in grant '" + text + "': "
                        + "expected one of " + SeedData.ORDER_TO_CASH_POOL.id() + " (SAP ECC - Order to Cash), "
                        + SeedData.PURCHASE_TO_PAY_POOL.id() + " (SAP ECC - Purchase to Pay), "
                        + SeedData.SANDBOX_POOL.id() + " (Sandbox).");
    }

    @Test
    void rejectsAServicePermissionGrantedOnOneObject() {
        String text = "package-manager:space/" + SeedData.DEFAULT_SPACE.id() + ":CREATE_SPACE";
        InvalidGrantException e = assertThrows(InvalidGrantException.class, () -> Grant.parse(text));
        assertEquals(InvalidGrantException.Reason.NOT_GRANTABLE, e.reason());
        assertEquals("Permission 'CREATE_SPACE' of service 'package-manager' in grant '" + text + "' "
                + "is granted on the whole service, not on one space: expected one of MANAGE_PERMISSIONS, USE, "
                + "CREATE_PACKAGE, EDIT_SPACE, DELETE_SPACE, USE_ALL_PACKAGES, EDIT_ALL_PACKAGES, DELETE_ALL_PACKAGES, "
                + "USE_PACKAGE, EDIT_PACKAGE, DELETE_PACKAGE.", e.getMessage());
    }

    @Test
    void rejectsAnObjectPartWithoutId() {
        assertMessage(InvalidGrantException.Reason.MALFORMED, "event-collection:pool/:ADMIN",
                "Malformed grant 'event-collection:pool/:ADMIN': expected service:PERM[,PERM...] or "
                        + "service:TYPE/ID:PERM[,PERM...], e.g. event-collection:USE_ALL_DATA_MODELS.");
    }

    private static void assertMessage(InvalidGrantException.Reason reason, String text, String message) {
        InvalidGrantException e = assertThrows(InvalidGrantException.class, () -> Grant.parse(text));
        assertEquals(message, e.getMessage());
        assertEquals(reason, e.reason());
    }
}
