package io.github.celonisnb.emulator.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.ObjectRef;
import io.github.celonisnb.emulator.ObjectType;
import io.github.celonisnb.emulator.SeedData;
import io.github.celonisnb.emulator.internal.state.Application;
import io.github.celonisnb.emulator.internal.state.GrantSet;
import io.github.celonisnb.emulator.internal.state.Principal;
import io.github.celonisnb.emulator.internal.state.User;
import io.github.celonisnb.magics.permissions.Service;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    private static final ObjectRef SANDBOX = new ObjectRef(ObjectType.POOL, SeedData.SANDBOX_POOL.id());
    private static final ObjectRef ORDER_TO_CASH = new ObjectRef(ObjectType.POOL, SeedData.ORDER_TO_CASH_POOL.id());
    private static final ObjectRef DEFAULT_SPACE = new ObjectRef(ObjectType.SPACE, SeedData.DEFAULT_SPACE.id());
    private static final ObjectRef FINANCE_SPACE = new ObjectRef(ObjectType.SPACE, SeedData.FINANCE_SPACE.id());

    @Test
    void onlyObjectGrantsShowAsAccessChildAtServiceLevel() {
        Principal app = app(Grant.onObject(SANDBOX, "DATA_PUSH_API"), Grant.onObject(DEFAULT_SPACE, "USE"));
        assertEquals(List.of("$ACCESS_CHILD"), AccessRules.onService(app, Service.EVENT_COLLECTION));
        assertEquals(List.of("$ACCESS_CHILD"), AccessRules.onService(app, Service.PACKAGE_MANAGER));
        assertEquals(List.of(), AccessRules.onService(app, Service.TEAM));
    }

    @Test
    void aServiceGrantNextToAnObjectGrantShowsWithoutTheMarker() {
        Principal app = app(Grant.of(Service.EVENT_COLLECTION, "CREATE_DATA_POOL"), Grant.onObject(SANDBOX, "ADMIN"));
        assertEquals(List.of("CREATE_DATA_POOL"), AccessRules.onService(app, Service.EVENT_COLLECTION));
    }

    @Test
    void aPoolGrantShowsThatPoolAloneWithItsOwnNames() {
        Principal app = app(Grant.onObject(SANDBOX, "CONTINUOUS_DATA_PUSH_API", "ADMIN"));
        assertEquals(Optional.of(List.of("ADMIN", "CONTINUOUS_DATA_PUSH_API")), AccessRules.onObject(app, SANDBOX));
        assertEquals(Optional.empty(), AccessRules.onObject(app, ORDER_TO_CASH));
    }

    @Test
    void aPoolArrayMixesInOtherServiceLevelNames() {
        Principal app = app(Grant.of(Service.EVENT_COLLECTION, "CREATE_DATA_POOL"), Grant.onObject(SANDBOX, "ADMIN"));
        assertEquals(Optional.of(List.of("CREATE_DATA_POOL", "ADMIN")), AccessRules.onObject(app, SANDBOX));
        assertEquals(Optional.empty(), AccessRules.onObject(app, ORDER_TO_CASH), "creating pools does not show others");
    }

    @Test
    void anAllPoolsGrantDecidesOverAOnePoolGrant() {
        Principal app = app(Grant.of(Service.EVENT_COLLECTION, "USE_ALL_DATA_MODELS"), Grant.onObject(SANDBOX, "ADMIN"));
        assertEquals(Optional.of(List.of("USE_ALL_DATA_MODELS")), AccessRules.onObject(app, SANDBOX));
        assertEquals(Optional.of(List.of("USE_ALL_DATA_MODELS")), AccessRules.onObject(app, ORDER_TO_CASH));
        assertEquals(List.of("USE_ALL_DATA_MODELS"), AccessRules.onService(app, Service.EVENT_COLLECTION));
    }

    @Test
    void aPoolArrayStillListsAOnePoolGrantThatAnAllPoolsGrantDecidesOver() {
        Principal app = app(Grant.of(Service.EVENT_COLLECTION, "EDIT_ALL_DATA_POOLS"), Grant.onObject(SANDBOX, "ADMIN"));
        assertEquals(Optional.of(List.of("EDIT_ALL_DATA_POOLS", "ADMIN")), AccessRules.shownOnObject(app, SANDBOX));
        assertEquals(Optional.of(List.of("EDIT_ALL_DATA_POOLS")), AccessRules.shownOnObject(app, ORDER_TO_CASH));
    }

    @Test
    void aSpaceGrantUnderAnAllSpacesGrantIsShownButGivesNoPackageRights() {
        Principal app = app(Grant.of(Service.PACKAGE_MANAGER, "DELETE_ALL_SPACES"),
                Grant.onObject(DEFAULT_SPACE, "EDIT_ALL_PACKAGES"));
        assertEquals(Optional.of(List.of("DELETE_ALL_SPACES", "$ACCESS_CHILD", "EDIT_ALL_PACKAGES")),
                AccessRules.onSpace(app, DEFAULT_SPACE.id()));
        assertEquals(List.of("DELETE_PACKAGE"),
                AccessRules.packageRights(AccessRules.onObject(app, DEFAULT_SPACE).orElseThrow()));
    }

    @Test
    void editAllDataPoolsReachesEveryPool() {
        Principal app = app(Grant.of(Service.EVENT_COLLECTION, "EDIT_ALL_DATA_POOLS", "CREATE_DATA_POOL"));
        for (SeedData.Pool pool : SeedData.pools()) {
            assertEquals(Optional.of(List.of("EDIT_ALL_DATA_POOLS", "CREATE_DATA_POOL")),
                    AccessRules.onObject(app, new ObjectRef(ObjectType.POOL, pool.id())));
        }
    }

    @Test
    void nothingGrantedMeansNoPoolAndNoSpace() {
        Principal app = app();
        assertEquals(Optional.empty(), AccessRules.onObject(app, SANDBOX));
        assertEquals(Optional.empty(), AccessRules.onSpace(app, DEFAULT_SPACE.id()));
    }

    @Test
    void aSpaceGrantReachingPackagesIsMarkedAccessChild() {
        Principal app = app(Grant.onObject(DEFAULT_SPACE, "USE", "USE_ALL_PACKAGES"));
        assertEquals(Optional.of(List.of("$ACCESS_CHILD", "USE", "USE_ALL_PACKAGES")),
                AccessRules.onSpace(app, DEFAULT_SPACE.id()));
        assertEquals(Optional.empty(), AccessRules.onSpace(app, FINANCE_SPACE.id()));
        assertEquals(List.of("USE_PACKAGE"), AccessRules.packageRights(List.of("USE", "USE_ALL_PACKAGES")));
    }

    @Test
    void useOnASpaceAloneShowsTheSpaceButNoPackage() {
        Principal app = app(Grant.onObject(DEFAULT_SPACE, "USE"));
        assertEquals(Optional.of(List.of("USE")), AccessRules.onSpace(app, DEFAULT_SPACE.id()));
        assertEquals(List.of(), AccessRules.packageRights(List.of("USE")));
    }

    @Test
    void editAllSpacesReachesEverySpaceAndItsPackages() {
        Principal app = app(Grant.of(Service.PACKAGE_MANAGER, "EDIT_ALL_SPACES"), Grant.onObject(FINANCE_SPACE, "DELETE_SPACE"));
        assertEquals(Optional.of(List.of("EDIT_ALL_SPACES")), AccessRules.onObject(app, FINANCE_SPACE));
        assertEquals(Optional.of(List.of("EDIT_ALL_SPACES", "$ACCESS_CHILD", "DELETE_SPACE")),
                AccessRules.onSpace(app, FINANCE_SPACE.id()), "the space's own grant is listed, not effective");
        assertEquals(List.of("USE_PACKAGE", "EDIT_PACKAGE"), AccessRules.packageRights(List.of("EDIT_ALL_SPACES")));
    }

    @Test
    void packageRightsFollowTheSpacesAllPackagesNames() {
        assertEquals(List.of("MANAGE_PERMISSIONS", "USE_PACKAGE", "EDIT_PACKAGE", "DELETE_PACKAGE"),
                AccessRules.packageRights(List.of("MANAGE_PERMISSIONS", "EDIT_ALL_PACKAGES", "DELETE_ALL_PACKAGES")));
    }

    @Test
    void anAdminUserHoldsTeamRightsButNoPool() {
        Principal admin = new User("u1", "Alice Example", "alice@example.test", true, GrantSet.EMPTY);
        assertEquals(11, AccessRules.onService(admin, Service.TEAM).size());
        assertEquals(Optional.empty(), AccessRules.onObject(admin, SANDBOX));
    }

    private static Principal app(Grant... grants) {
        return new Application("a1", "demo", GrantSet.of(List.of(grants)));
    }
}
