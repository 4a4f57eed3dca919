package io.github.celonisnb.emulator;

import static io.github.celonisnb.emulator.TestHttp.json;
import static io.github.celonisnb.emulator.TestHttp.jsonOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.celonisnb.magics.permissions.Service;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmsEndpointsTest {

    private EmsEmulator emulator;
    private TestHttp http;
    private String teamId;

    @BeforeEach
    void start() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().build());
        http = new TestHttp(emulator.baseUrl());
        IssuedKey probe = emulator.createApplicationKey("probe", List.of());
        teamId = json(http.get("/api/team", probe)).get("id").asText();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void currentUserOfAnApplicationKeyIsTheApplicationWithoutEmail() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of());
        JsonNode expected = jsonOf("{'id':'" + app.principalId() + "','name':'demo','email':null,'nameOrEmail':'demo',"
                + "'nameAndEmail':'demo','teamName':'Demo Team','teamId':'" + teamId + "','teamDomain':'demo',"
                + "'active':true,'admin':false,'analyst':false,'member':false,'role':0,'effectiveRole':0,'groupIds':[],"
                + "'language':'en','timeZone':'UTC','apiToken':null,'token':null}");
        assertEquals(expected, json(http.get("/api/cloud", app)));
    }

    @Test
    void currentUserOfAUserKeyIsThatUser() {
        IssuedKey user = emulator.createUserKey("Alice Example", "alice@example.test", true, List.of());
        JsonNode expected = jsonOf("{'id':'" + user.principalId() + "','name':'Alice Example',"
                + "'email':'alice@example.test','nameOrEmail':'Alice Example',"
                + "'nameAndEmail':'Alice Example (alice@example.test)','teamName':'Demo Team','teamId':'" + teamId + "',"
                + "'teamDomain':'demo','active':true,'admin':true,'analyst':true,'member':true,'role':2,"
                + "'effectiveRole':2,'groupIds':[],'language':'en','timeZone':'UTC','apiToken':null,'token':null}");
        assertEquals(expected, json(http.get("/api/cloud", user)));
    }

    @Test
    void idsAreLowerCaseUuids() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of());
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
        assertEquals(true, app.id().matches(uuid), app.id());
        assertEquals(true, app.principalId().matches(uuid), app.principalId());
        assertEquals(true, teamId.matches(uuid), teamId);
    }

    @Test
    void secondKeyForTheSameEmailBelongsToTheSameUser() {
        IssuedKey first = emulator.createUserKey("Alice Example", "alice@example.test", false,
                List.of(Grant.parse("ml-workbench:VIEW_CONFIGURATION")));
        IssuedKey second = emulator.createUserKey("Alice Example", "ALICE@example.test", false, List.of());
        assertEquals(first.principalId(), second.principalId());
        assertEquals(List.of("VIEW_CONFIGURATION"), permissionsOf(second, Service.ML_WORKBENCH));
    }

    @Test
    void permissionsListEveryServiceInServerOrderWithEmptyArrays() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of(
                Grant.parse("event-collection:EDIT_ALL_DATA_POOLS,USE_ALL_DATA_MODELS"),
                Grant.parse("storage-manager:LIST")));
        JsonNode expected = jsonOf("[{'serviceName':'package-manager','permissions':[]},"
                + "{'serviceName':'workflows','permissions':[]},"
                + "{'serviceName':'task-mining','permissions':[]},"
                + "{'serviceName':'team','permissions':[]},"
                + "{'serviceName':'action-engine','permissions':[]},"
                + "{'serviceName':'process-repository','permissions':[]},"
                + "{'serviceName':'process-analytics','permissions':[]},"
                + "{'serviceName':'transformation-center','permissions':[]},"
                + "{'serviceName':'storage-manager','permissions':['LIST']},"
                + "{'serviceName':'event-collection','permissions':['USE_ALL_DATA_MODELS','EDIT_ALL_DATA_POOLS']},"
                + "{'serviceName':'ml-workbench','permissions':[]},"
                + "{'serviceName':'user-provisioning','permissions':[]}]");
        HttpResponse<String> response = http.get("/api/cloud/permissions", app);
        assertEquals(200, response.statusCode());
        assertEquals(expected, json(response));
    }

    @Test
    void permissionEntriesPutServiceNameBeforePermissions() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of());
        assertEquals(true, http.get("/api/cloud/permissions", app).body()
                .startsWith("[{\"serviceName\":\"package-manager\",\"permissions\":[]},"));
    }

    @Test
    void aNewApplicationKeyHasNoPermissionAnywhere() {
        IssuedKey app = emulator.createApplicationKey("fresh", List.of());
        List<String> services = new ArrayList<>();
        for (JsonNode entry : json(http.get("/api/cloud/permissions", app))) {
            services.add(entry.get("serviceName").asText());
            assertEquals(0, entry.get("permissions").size(), entry.toString());
        }
        assertEquals(Service.inServerOrder().stream().map(Service::serviceName).toList(), services);
    }

    @Test
    void anAdminUserHoldsEveryTeamRightOnTopOfTheirGrants() {
        IssuedKey admin = emulator.createUserKey("Alice Example", "alice@example.test", true,
                List.of(Grant.parse("team:MANAGE_MEMBERS"), Grant.parse("ml-workbench:USE_ALL_SCHEDULERS")));
        assertEquals(List.of("MANAGE_SSO_SETTINGS", "MANAGE_LICENSE_SETTINGS", "MANAGE_MEMBERS",
                "MANAGE_UPLINK_INTEGRATIONS", "MANAGE_GENERAL_SETTINGS", "MANAGE_GROUPS", "MANAGE_PERMISSIONS",
                "MANAGE_APPLICATIONS", "MANAGE_ADMIN_NOTIFICATIONS", "IMPORT_MEMBERS", "MANAGE_MEMBER_LOCKING_POLICY"),
                permissionsOf(admin, Service.TEAM));
        assertEquals(List.of("USE_ALL_SCHEDULERS"), permissionsOf(admin, Service.ML_WORKBENCH));
    }

    @Test
    void aUserWhoIsNoAdminHoldsOnlyTheirGrants() {
        IssuedKey user = emulator.createUserKey("Bob Example", "bob@example.test", false,
                List.of(Grant.parse("team:MANAGE_GROUPS")));
        assertEquals(List.of("MANAGE_GROUPS"), permissionsOf(user, Service.TEAM));
    }

    @Test
    void grantAndRevokeShowOnTheVeryNextRequest() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of());
        emulator.grant(app.id(), List.of(Grant.parse("event-collection:CREATE_DATA_POOL,USE_ALL_DATA_MODELS")));
        assertEquals(List.of("USE_ALL_DATA_MODELS", "CREATE_DATA_POOL"), permissionsOf(app, Service.EVENT_COLLECTION));
        emulator.revoke(app.id(), List.of(Grant.parse("event-collection:CREATE_DATA_POOL")));
        assertEquals(List.of("USE_ALL_DATA_MODELS"), permissionsOf(app, Service.EVENT_COLLECTION));
    }

    @Test
    void onlyObjectGrantsShowAsAccessChildInThePermissionList() {
        IssuedKey app = emulator.createApplicationKey("pusher", List.of(
                Grant.parse("event-collection:pool/" + SeedData.SANDBOX_POOL.id() + ":DATA_PUSH_API"),
                Grant.parse("package-manager:space/" + SeedData.DEFAULT_SPACE.id() + ":USE")));
        assertEquals(List.of("$ACCESS_CHILD"), permissionsOf(app, Service.EVENT_COLLECTION));
        assertEquals(List.of("$ACCESS_CHILD"), permissionsOf(app, Service.PACKAGE_MANAGER));
        assertEquals(List.of(), permissionsOf(app, Service.TEAM));
    }

    @Test
    void anAllPoolsGrantDecidesAndDropsTheMarker() {
        IssuedKey app = emulator.createApplicationKey("reader", List.of(
                Grant.parse("event-collection:pool/" + SeedData.SANDBOX_POOL.id() + ":ADMIN")));
        emulator.grant(app.id(), List.of(Grant.parse("event-collection:USE_ALL_DATA_MODELS")));
        assertEquals(List.of("USE_ALL_DATA_MODELS"), permissionsOf(app, Service.EVENT_COLLECTION));
        emulator.revoke(app.id(), List.of(Grant.parse("event-collection:USE_ALL_DATA_MODELS")));
        assertEquals(List.of("$ACCESS_CHILD"), permissionsOf(app, Service.EVENT_COLLECTION));
    }

    @Test
    void teamIsServedOnBothPaths() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of());
        JsonNode expected = jsonOf("{'id':'" + teamId + "','name':'Demo Team','domain':'demo','privacyType':'PRIVATE',"
                + "'active':true,'visible':true,'trackingEnabled':false,'permissionsManagementMode':'STANDARD',"
                + "'enforceTwoFactorAuthenticationEnabled':false,'openSignupEnabled':false,'unlimitedMembers':true,"
                + "'unlimitedAnalysts':true}");
        assertEquals(expected, json(http.get("/api/team", app)));
        assertEquals(expected, json(http.get("/api/cloud/team", app)));
    }

    @Test
    void unknownPathIsNotFoundWithTheCatalogueBody() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of());
        HttpResponse<String> response = http.get("/api/nothing-here", app);
        assertEquals(404, response.statusCode());
        assertEquals(jsonOf("{'title':'Path not found.','status':404,'detail':'Path /api/nothing-here not found',"
                + "'errorCode':'GENERAL_NOTFOUND_PATH'}"), json(response));
        assertEquals(404, http.get("/api/cloud/", app).statusCode());
        assertEquals(404, http.get("/api/nothing-here", (String) null).statusCode());
    }

    @Test
    void wrongMethodIsNotAllowedAndSaysWhichIs() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of());
        HttpResponse<String> response = http.send("DELETE", "/api/cloud", null, "Authorization", app.authorizationHeader());
        assertEquals(405, response.statusCode());
        assertEquals("GET", response.headers().firstValue("Allow").orElseThrow());
        assertEquals(jsonOf("{'title':'Method not allowed.','status':405,"
                + "'detail':'Method DELETE is not supported for /api/cloud','errorCode':'GENERAL_METHOD_NOT_ALLOWED'}"),
                json(response));
    }

    private List<String> permissionsOf(IssuedKey key, Service service) {
        for (JsonNode entry : json(http.get("/api/cloud/permissions", key))) {
            if (entry.get("serviceName").asText().equals(service.serviceName())) {
                List<String> names = new ArrayList<>();
                entry.get("permissions").forEach(n -> names.add(n.asText()));
                return names;
            }
        }
        throw new AssertionError("no entry for " + service);
    }
}
