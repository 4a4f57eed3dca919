package io.github.celonisnb.emulator;

import static io.github.celonisnb.emulator.TestHttp.json;
import static io.github.celonisnb.emulator.TestHttp.jsonOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListingsTest {

    private static final String DEFAULT = SeedData.DEFAULT_SPACE.id();
    private static final String FINANCE = SeedData.FINANCE_SPACE.id();
    private static final String SANDBOX = SeedData.SANDBOX_POOL.id();
    private static final String O2C = SeedData.ORDER_TO_CASH_POOL.id();
    private static final String ACCESS_DENIED = "{'title':'Access Denied.','status':403,'detail':'Access is denied',"
            + "'errorCode':'ADMIN_ACCESS_ERROR'}";

    private EmsEmulator emulator;
    private TestHttp http;

    @BeforeEach
    void start() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().build());
        http = new TestHttp(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aKeyWithoutRightsGetsEmptyListsNotErrors() {
        IssuedKey app = app();
        assertOk("[]", http.get("/package-manager/api/spaces", app));
        assertOk("[]", http.get("/integration/api/pools", app));
    }

    @Test
    void anAllPoolsGrantListsEveryPoolWithTheServiceNames() {
        IssuedKey app = app("event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS");
        JsonNode pools = json(http.get("/integration/api/pools", app));
        assertEquals(List.of("SAP ECC - Order to Cash", "SAP ECC - Purchase to Pay", "Sandbox"), names(pools));
        assertEquals(jsonOf("{'id':'" + O2C + "','name':'SAP ECC - Order to Cash',"
                + "'description':'Sales orders, deliveries and invoices','timeStamp':1700000000000,"
                + "'configurationStatus':'CONFIGURED','locked':false,'contentId':null,'contentVersion':0,'tags':[],"
                + "'originalId':null,'monitoringTarget':false,'customMonitoringTarget':false,"
                + "'customMonitoringTargetActive':false,'exported':false,'monitoringMessageColumnsMigrated':true,"
                + "'creatorUserId':null,'objectId':'" + O2C + "',"
                + "'permissions':['USE_ALL_DATA_MODELS','EDIT_ALL_DATA_POOLS']}"), pools.get(0));
    }

    @Test
    void aOnePoolGrantListsThatPoolAloneWithItsNames() {
        IssuedKey app = app("event-collection:pool/" + SANDBOX + ":DATA_PUSH_API,ADMIN");
        JsonNode pools = json(http.get("/integration/api/pools", app));
        assertEquals(List.of("Sandbox"), names(pools));
        assertEquals(jsonOf("['ADMIN','DATA_PUSH_API']"), pools.get(0).get("permissions"));
        assertEquals(jsonOf("['ADMIN','DATA_PUSH_API']"), json(http.get("/integration/api/pools/" + SANDBOX, app))
                .get("permissions"));
    }

    @Test
    void anAllPoolsGrantDecidesOverTheOnePoolGrantInListings() {
        IssuedKey app = app("event-collection:pool/" + SANDBOX + ":ADMIN", "event-collection:USE_ALL_DATA_MODELS");
        JsonNode pools = json(http.get("/integration/api/pools", app));
        assertEquals(3, pools.size());
        for (JsonNode pool : pools) {
            // The pool's array still lists its own grant beside the service-level name, as EMS mixes both.
            String expected = pool.get("id").asText().equals(SANDBOX) ? "['USE_ALL_DATA_MODELS','ADMIN']"
                    : "['USE_ALL_DATA_MODELS']";
            assertEquals(jsonOf(expected), pool.get("permissions"), pool.get("name").asText());
        }
    }

    @Test
    void aPoolTheKeyMayNotSeeIsForbiddenAndAnUnknownOneNotFound() {
        IssuedKey app = app("event-collection:pool/" + SANDBOX + ":ADMIN");
        HttpResponse<String> forbidden = http.get("/integration/api/pools/" + O2C, app);
        assertEquals(403, forbidden.statusCode());
        assertEquals(jsonOf(ACCESS_DENIED), json(forbidden));
        assertEquals(403, http.get("/integration/api/pools/" + O2C + "/data-models", app).statusCode());

        HttpResponse<String> unknown = http.get("/integration/api/pools/no-such-pool", app);
        assertEquals(404, unknown.statusCode());
        assertEquals(jsonOf("{'title':'Object not found.','status':404,'detail':'Data pool no-such-pool not found',"
                + "'errorCode':'GENERAL_NOTFOUND_OBJECT'}"), json(unknown));
    }

    @Test
    void dataModelsOfAVisiblePoolAreListed() {
        IssuedKey app = app("event-collection:USE_ALL_DATA_MODELS");
        SeedData.Pool p2p = SeedData.PURCHASE_TO_PAY_POOL;
        JsonNode models = json(http.get("/integration/api/pools/" + p2p.id() + "/data-models", app));
        assertEquals(jsonOf("[{'id':'" + p2p.dataModels().get(0).id() + "','name':'P2P Data Model','poolId':'" + p2p.id()
                + "','tables':[],'processConfigurations':[]},{'id':'" + p2p.dataModels().get(1).id()
                + "','name':'P2P Data Model (test)','poolId':'" + p2p.id() + "','tables':[],'processConfigurations':[]}]"),
                models);
    }

    @Test
    void aSpaceGrantListsThatSpaceAloneMarkedAccessChild() {
        IssuedKey app = app("package-manager:space/" + DEFAULT + ":USE,USE_ALL_PACKAGES");
        HttpResponse<String> response = http.get("/package-manager/api/spaces", app);
        assertOk("[{'id':'" + DEFAULT + "','name':'Default','iconReference':'earth','creationDate':1700000000000,"
                + "'changeDate':1700000000000,'createdBy':null,'description':null,'objectId':'" + DEFAULT + "',"
                + "'permissions':['$ACCESS_CHILD','USE','USE_ALL_PACKAGES']}]", response);
        assertEquals(403, http.get("/package-manager/api/spaces/" + FINANCE, app).statusCode());
        assertEquals("Default", json(http.get("/package-manager/api/spaces/" + DEFAULT, app)).get("name").asText());
    }

    @Test
    void editAllSpacesListsEverySpace() {
        IssuedKey app = app("package-manager:EDIT_ALL_SPACES");
        JsonNode spaces = json(http.get("/package-manager/api/spaces", app));
        assertEquals(List.of("Default", "Finance"), names(spaces));
        assertEquals(jsonOf("['EDIT_ALL_SPACES','$ACCESS_CHILD']"), spaces.get(1).get("permissions"));
    }

    @Test
    void theNodeTreeShowsPackagesAndTheirNodesWithDerivedRights() {
        IssuedKey app = app("package-manager:space/" + DEFAULT + ":USE,EDIT_ALL_PACKAGES");
        SeedData.Package orders = SeedData.DEFAULT_SPACE.packages().get(0);
        SeedData.Package payables = SeedData.DEFAULT_SPACE.packages().get(1);
        SeedData.Asset view = orders.assets().get(0);
        HttpResponse<String> response = http.get("/package-manager/api/nodes/tree?spaceId=" + DEFAULT, app);
        assertOk("[" + node(orders.id(), "order-management", "Order Management", "PACKAGE", null, orders, null) + ","
                + node(view.id(), "order-management-view", "Order Overview", "ASSET", orders.id(), orders, "'VIEW'") + ","
                + node(payables.id(), "accounts-payable", "Accounts Payable", "PACKAGE", null, payables, null) + "]",
                response);
    }

    @Test
    void useOnASpaceAloneShowsNoPackages() {
        IssuedKey app = app("package-manager:space/" + DEFAULT + ":USE");
        assertOk("[]", http.get("/package-manager/api/nodes/tree?spaceId=" + DEFAULT, app));
    }

    @Test
    void theNodeTreeOfASpaceTheKeyMayNotSeeIsForbidden() {
        IssuedKey app = app("package-manager:space/" + DEFAULT + ":USE_ALL_PACKAGES");
        HttpResponse<String> forbidden = http.get("/package-manager/api/nodes/tree?spaceId=" + FINANCE, app);
        assertEquals(403, forbidden.statusCode());
        assertEquals(jsonOf(ACCESS_DENIED), json(forbidden));
        assertEquals(404, http.get("/package-manager/api/nodes/tree?spaceId=nope", app).statusCode());
        HttpResponse<String> missing = http.get("/package-manager/api/nodes/tree", app);
        assertEquals(400, missing.statusCode());
        assertEquals("{\"title\":\"Bad request.\",\"status\":400,\"detail\":\"Query parameter 'spaceId' is required\","
                + "\"errorCode\":\"GENERAL_BAD_REQUEST\"}", missing.body());
    }

    @Test
    void theBlogsLimitedKeyFindsNoDefaultSpace() {
        IssuedKey limited = app("event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS");
        HttpResponse<String> spaces = http.get("/package-manager/api/spaces", limited);
        assertOk("[]", spaces);
    }

    @Test
    void aUserSeesWhatTheirOwnGrantsAllowAndAnAdminNoMore() {
        IssuedKey alice = emulator.createUserKey("Alice Example", "alice@example.test", false,
                List.of(Grant.parse("event-collection:pool/" + O2C + ":ADMIN")));
        IssuedKey admin = emulator.createUserKey("Root Example", "root@example.test", true, List.of());
        assertEquals(List.of("SAP ECC - Order to Cash"), names(json(http.get("/integration/api/pools", alice))));
        assertOk("[]", http.get("/integration/api/pools", admin));
        assertOk("[]", http.get("/package-manager/api/spaces", admin));
    }

    @Test
    void listingsNeedAKeyLikeEveryEmsPath() {
        assertEquals(401, http.get("/integration/api/pools", (String) null).statusCode());
        assertEquals(401, http.get("/package-manager/api/spaces", "Bearer " + app().value()).statusCode());
    }

    private IssuedKey app(String... grants) {
        return emulator.createApplicationKey("lister", java.util.Arrays.stream(grants).map(Grant::parse).toList());
    }

    private static String node(String id, String key, String name, String type, String parent, SeedData.Package root,
                               String assetType) {
        return "{'id':'" + id + "','key':'" + key + "','name':'" + name + "','nodeType':'" + type + "','spaceId':'"
                + DEFAULT + "','parentNodeId':" + (parent == null ? "null" : "'" + parent + "'") + ",'rootNodeId':'"
                + root.id() + "','rootNodeKey':'" + root.key() + "','permissions':['USE_PACKAGE','EDIT_PACKAGE'],"
                + "'creationDate':1700000000000,'changeDate':1700000000000,'createdById':null,'assetType':" + assetType
                + ",'serializedContent':null,'activatedDraftId':null,'objectId':'" + id + "'}";
    }

    private static void assertOk(String expectedSingleQuoted, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(jsonOf(expectedSingleQuoted), json(response));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get("name").asText()));
        return names;
    }
}
