package io.github.celonisnb.emulator;

import static io.github.celonisnb.emulator.TestHttp.json;
import static io.github.celonisnb.emulator.TestHttp.jsonOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminSurfaceTest {

    private static final String TOKEN_REFUSED = "{\"error\":\"Missing or wrong X-Emulator-Admin-Token header. Send the "
            + "admin token from the file the emulator named when it started.\"}";

    private EmsEmulator emulator;
    private TestHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().build());
        http = new TestHttp(emulator.baseUrl());
        token = emulator.adminToken().value();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void refusesRequestsWithoutTheToken() {
        HttpResponse<String> response = http.send("GET", "/emulator/api/keys", null);
        assertEquals(401, response.statusCode());
        assertEquals(TOKEN_REFUSED, response.body());
    }

    @Test
    void refusesAWrongToken() {
        HttpResponse<String> response = http.send("GET", "/emulator/api/keys", null,
                AdminToken.HEADER, token.substring(1) + "A");
        assertEquals(401, response.statusCode());
        assertEquals(TOKEN_REFUSED, response.body());
        assertEquals(401, http.send("GET", "/emulator/api/keys", null, AdminToken.HEADER, token + "x").statusCode());
    }

    @Test
    void refusesAnEmsKeyInPlaceOfTheToken() {
        IssuedKey key = emulator.createApplicationKey("demo", List.of());
        assertEquals(401, http.send("GET", "/emulator/api/keys", null, "Authorization", key.authorizationHeader())
                .statusCode());
    }

    @Test
    void usesAFixedTokenFromTheConfig() {
        AdminToken fixed = AdminToken.of("a-fixed-token-for-this-test");
        try (EmsEmulator other = EmsEmulator.start(EmulatorConfig.builder().adminToken(fixed).build())) {
            TestHttp client = new TestHttp(other.baseUrl());
            assertEquals(200, client.send("GET", "/emulator/api/keys", null, AdminToken.HEADER,
                    "a-fixed-token-for-this-test").statusCode());
        }
    }

    @Test
    void createsAKeyThatWorksOnTheVeryNextRequest() {
        HttpResponse<String> created = admin("POST", "/emulator/api/keys",
                "{\"type\":\"app\",\"name\":\"demo\",\"grants\":[\"event-collection:USE_ALL_DATA_MODELS\"]}");
        assertEquals(201, created.statusCode());
        JsonNode body = json(created);
        String id = body.get("id").asText();
        assertEquals("/emulator/api/keys/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals("demo", body.get("name").asText());
        assertEquals("app", body.get("type").asText());
        assertEquals("This is the only time the key is shown. Copy it now: it cannot be shown again.",
                body.get("notice").asText());
        String key = body.get("key").asText();
        assertEquals(108, key.length());

        HttpResponse<String> me = http.get("/api/cloud", "AppKey " + key);
        assertEquals(200, me.statusCode());
        assertEquals("demo", json(me).get("name").asText());
    }

    @Test
    void createsAUserKey() {
        HttpResponse<String> created = admin("POST", "/emulator/api/keys",
                "{\"type\":\"USER\",\"name\":\"Alice Example\",\"email\":\"alice@example.test\",\"admin\":true}");
        assertEquals(201, created.statusCode());
        String key = json(created).get("key").asText();
        JsonNode me = json(http.get("/api/cloud", "Bearer " + key));
        assertEquals("alice@example.test", me.get("email").asText());
        assertEquals(true, me.get("admin").asBoolean());
    }

    @Test
    void listsKeysWithoutValues() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of(Grant.parse("storage-manager:GET,LIST")));
        IssuedKey user = emulator.createUserKey("Alice Example", "alice@example.test", true, List.of());
        HttpResponse<String> response = admin("GET", "/emulator/api/keys", null);
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains(app.value()));
        assertFalse(response.body().contains(user.value()));
        JsonNode list = json(response);
        assertEquals(jsonOf("{'id':'" + app.id() + "','name':'demo','type':'app','principalId':'" + app.principalId()
                + "','email':null,'admin':false,'grants':['storage-manager:GET,LIST'],'createdAt':'"
                + emulator.keys().get(0).createdAt() + "'}"), list.get(0));
        assertEquals("alice@example.test", list.get(1).get("email").asText());
        assertEquals(true, list.get(1).get("admin").asBoolean());
    }

    @Test
    void deletesAKeySoItIsRefusedNext() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of());
        assertEquals(204, admin("DELETE", "/emulator/api/keys/" + app.id(), null).statusCode());
        assertEquals(401, http.get("/api/cloud", app).statusCode());
        HttpResponse<String> again = admin("DELETE", "/emulator/api/keys/" + app.id(), null);
        assertEquals(404, again.statusCode());
        assertEquals("{\"error\":\"No key with id '" + app.id() + "'. List the keys with `emulator list-keys` to see "
                + "their ids.\"}", again.body());
    }

    @Test
    void grantsAndRevokesThroughTheSurface() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of());
        HttpResponse<String> granted = admin("POST", "/emulator/api/keys/" + app.id() + "/grant",
                "{\"grants\":[\"team:MANAGE_APPLICATIONS\",\"storage-manager:LIST\"]}");
        assertEquals(200, granted.statusCode());
        assertEquals(jsonOf("['team:MANAGE_APPLICATIONS','storage-manager:LIST']"), json(granted).get("grants"));
        assertTrue(http.get("/api/cloud/permissions", app).body()
                .contains("{\"serviceName\":\"team\",\"permissions\":[\"MANAGE_APPLICATIONS\"]}"));

        HttpResponse<String> revoked = admin("POST", "/emulator/api/keys/" + app.id() + "/revoke",
                "{\"grants\":[\"team:MANAGE_APPLICATIONS\"]}");
        assertEquals(jsonOf("['storage-manager:LIST']"), json(revoked).get("grants"));
        assertTrue(http.get("/api/cloud/permissions", app).body()
                .contains("{\"serviceName\":\"team\",\"permissions\":[]}"));
    }

    @Test
    void answersABadGrantWithItsMessage() {
        HttpResponse<String> response = admin("POST", "/emulator/api/keys",
                "{\"type\":\"app\",\"name\":\"demo\",\"grants\":[\"team:NOPE\"]}");
        assertEquals(400, response.statusCode());
        assertEquals("Unknown permission 'NOPE' for service 'team' in grant 'team:NOPE': expected one of "
                + "MANAGE_SSO_SETTINGS, MANAGE_LICENSE_SETTINGS, MANAGE_MEMBERS, MANAGE_UPLINK_INTEGRATIONS, "
                + "MANAGE_GENERAL_SETTINGS, MANAGE_GROUPS, MANAGE_PERMISSIONS, MANAGE_APPLICATIONS, "
                + "MANAGE_ADMIN_NOTIFICATIONS, IMPORT_MEMBERS, MANAGE_MEMBER_LOCKING_POLICY.",
                json(response).get("error").asText());
        assertEquals(List.of(), emulator.keys());
    }

    @Test
    void answersBadBodiesWithoutQuotingThem() {
        HttpResponse<String> notJson = admin("POST", "/emulator/api/keys", "{\"type\": secret-looking-text");
        assertEquals(400, notJson.statusCode());
        assertEquals("The request body is wrong: not valid JSON at line 1, column 17.", json(notJson).get("error").asText());

        HttpResponse<String> unknownField = admin("POST", "/emulator/api/keys", "{\"type\":\"app\",\"nam\":\"x\"}");
        assertEquals("The request body is wrong: unknown field 'nam' at line 1, column 25.",
                json(unknownField).get("error").asText());

        HttpResponse<String> badType = admin("POST", "/emulator/api/keys", "{\"type\":\"robot\",\"name\":\"x\"}");
        assertEquals("Unknown key type 'robot': expected 'app' or 'user'.", json(badType).get("error").asText());

        HttpResponse<String> noEmail = admin("POST", "/emulator/api/keys", "{\"type\":\"user\",\"name\":\"x\"}");
        assertEquals("A user key needs the user's e-mail address.", json(noEmail).get("error").asText());

        HttpResponse<String> empty = admin("POST", "/emulator/api/keys", null);
        assertEquals("The request needs a JSON body.", json(empty).get("error").asText());
    }

    @Test
    void adminRequestsAreNotRecordedAsEmsRequests() {
        admin("GET", "/emulator/api/keys", null);
        assertEquals(List.of(), emulator.recordedRequests());
    }

    @Test
    void unknownAdminPathIsNotFound() {
        assertEquals(404, admin("GET", "/emulator/api/nothing", null).statusCode());
        assertEquals(405, admin("PUT", "/emulator/api/keys", "{}").statusCode());
    }

    private HttpResponse<String> admin(String method, String path, String body) {
        return http.send(method, path, body, AdminToken.HEADER, token, "Content-Type", "application/json");
    }
}
