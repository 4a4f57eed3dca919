package io.github.celonisnb.magics.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.celonisnb.magics.permissions.Service;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.testing.TestKeys;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmsClientTest {

    private final ApiKey key = TestKeys.newKey();
    private MockWebServer server;
    private EmsUrl url;

    @BeforeEach
    void startServer() throws IOException {
        server = MockEms.start();
        url = MockEms.urlOf(server);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    private EmsClient client(KeyType type) {
        return EmsClient.builder(url, key, type).build();
    }

    @ParameterizedTest(name = "{0} is sent as {1}")
    @CsvSource({"APP_KEY, AppKey", "USER_KEY, Bearer", "BEARER, Bearer"})
    void sendsTheKeyWithThePrefixOfItsType(KeyType type, String prefix) throws InterruptedException {
        server.enqueue(MockEms.json(MockEms.WHOAMI));
        try (EmsClient client = client(type)) {
            client.whoami();
        }
        RecordedRequest request = server.takeRequest();
        assertEquals(prefix + " " + key.reveal(), request.getHeader("Authorization"));
        assertEquals("GET /api/cloud HTTP/1.1", request.getRequestLine());
        assertEquals("application/json", request.getHeader("Accept"));
    }

    @Test
    void sendsItsUserAgent() throws InterruptedException {
        server.enqueue(MockEms.json(MockEms.TEAM));
        server.enqueue(MockEms.json(MockEms.TEAM));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            client.team();
        }
        try (EmsClient client = EmsClient.builder(url, key, KeyType.APP_KEY).userAgent("my-tool/2.0").build()) {
            client.team();
        }
        assertTrue(server.takeRequest().getHeader("User-Agent").startsWith("celonis-nb"));
        assertEquals("my-tool/2.0", server.takeRequest().getHeader("User-Agent"));
    }

    @Test
    void readsWhoTheKeyBelongsToIgnoringUnknownFields() {
        server.enqueue(MockEms.json(MockEms.WHOAMI));
        try (EmsClient client = client(KeyType.USER_KEY)) {
            assertEquals(new CloudUser("00000000-0000-4000-8000-000000000001", "Alice Example", "alice@example.test",
                    "Alice Example", "Alice Example (alice@example.test)", "Demo Team",
                    "00000000-0000-4000-8000-0000000000aa", "demo", false, true, true, true, "en", "UTC"),
                    client.whoami());
        }
    }

    @Test
    void greetsAnApplicationByItsName() {
        assertEquals("notebook-key", new CloudUser("id-1", "notebook-key", null, null, null, null, null, null,
                null, null, null, null, null, null).displayName());
        assertEquals("id-1", new CloudUser("id-1", " ", null, null, null, null, null, null,
                null, null, null, null, null, null).displayName());
    }

    @Test
    void readsPermissionsInServerOrderSkippingNullEntries() throws InterruptedException {
        server.enqueue(MockEms.json(MockEms.PERMISSIONS));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            assertEquals(List.of(
                    new ServicePermissions("package-manager", List.of()),
                    new ServicePermissions("event-collection", List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS")),
                    new ServicePermissions("team", List.of())), client.permissions());
        }
        assertEquals("/api/cloud/permissions", server.takeRequest().getPath());
    }

    @Test
    void writesPermissionsBeforeServiceNameAsJson() throws Exception {
        String json = new ObjectMapper().writeValueAsString(
                new ServicePermissions("event-collection", List.of("USE_ALL_DATA_MODELS")));
        assertEquals("{\"permissions\":[\"USE_ALL_DATA_MODELS\"],\"serviceName\":\"event-collection\"}", json);
    }

    @Test
    void knowsTheCatalogueEntryOfAService() {
        assertEquals(Optional.of(Service.EVENT_COLLECTION),
                new ServicePermissions("event-collection", List.of()).service());
        assertEquals(Optional.empty(), new ServicePermissions("new-service", List.of()).service());
    }

    @Test
    void readsTheTeam() {
        server.enqueue(MockEms.json(MockEms.TEAM));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            assertEquals(new Team("00000000-0000-4000-8000-0000000000aa", "Demo Team", "demo", false), client.team());
        }
    }

    @Test
    void readsAnyPathAsJson() throws InterruptedException {
        server.enqueue(MockEms.json("[{\"id\":\"p1\",\"name\":\"Pool\"}]"));
        server.enqueue(new MockResponse().setResponseCode(204));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            JsonNode pools = client.getJson("/integration/api/pools?limit=5");
            assertEquals("Pool", pools.get(0).get("name").textValue());
            assertTrue(client.getJson("/nothing").isNull());
        }
        assertEquals("/integration/api/pools?limit=5", server.takeRequest().getPath());
    }

    @Test
    void refusesAnswersOfTheWrongShape() {
        server.enqueue(MockEms.json("{\"serviceName\":\"team\"}"));
        server.enqueue(MockEms.json("[\"team\"]"));
        server.enqueue(MockEms.json("[]"));
        server.enqueue(MockEms.json("{\"admin\":{\"nested\":true}}"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            String base = url.toString();
            assertEquals("The response of GET " + base + "/api/cloud/permissions is JSON but not a JSON array of"
                    + " service permissions: the URL may not point at EMS, or this EMS answers differently than"
                    + " expected.", assertThrows(UnexpectedResponseException.class, client::permissions).getMessage());
            assertThrows(UnexpectedResponseException.class, client::permissions);
            assertEquals("The response of GET " + base + "/api/cloud is JSON but not a JSON object describing the"
                    + " key's owner: the URL may not point at EMS, or this EMS answers differently than expected.",
                    assertThrows(UnexpectedResponseException.class, client::whoami).getMessage());
            UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class, client::whoami);
            assertEquals(200, e.status());
            assertEquals("a JSON object describing the key's owner", e.expected());
        }
    }

    @Test
    void showsUrlAndKeyTypeButNeverTheKeyInToString() {
        try (EmsClient client = client(KeyType.USER_KEY)) {
            assertEquals("EmsClient[" + url + ", USER_KEY]", client.toString());
            assertFalse(client.toString().contains(key.reveal()));
        }
    }

    @Test
    void refusesCallsOnceClosed() {
        EmsClient client = client(KeyType.APP_KEY);
        client.close();
        client.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, client::whoami);
        assertEquals("This EMS client is closed; log in again for a new one", e.getMessage());
    }

    @Test
    void refusesUnusableSettings() {
        EmsClient.Builder builder = EmsClient.builder(url, key, KeyType.APP_KEY);
        assertEquals("retries must be between 0 and 10, not 11",
                assertThrows(IllegalArgumentException.class, () -> builder.retries(11)).getMessage());
        assertEquals("The read timeout must be positive, not PT0S",
                assertThrows(IllegalArgumentException.class, () -> builder.readTimeout(java.time.Duration.ZERO))
                        .getMessage());
        assertEquals("The user agent must be printable ASCII, e.g. my-tool/1.0",
                assertThrows(IllegalArgumentException.class, () -> builder.userAgent("t\u00e4st")).getMessage());
    }
}
