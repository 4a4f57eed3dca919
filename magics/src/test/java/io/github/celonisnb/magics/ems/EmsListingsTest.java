package io.github.celonisnb.magics.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.permissions.Service;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.testing.TestKeys;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmsListingsTest {

    static final String SPACES = "[{\"id\":\"s-1\",\"name\":\"Default\",\"iconReference\":\"earth\","
            + "\"creationDate\":1700000000000,\"changeDate\":\"2024-01-02T03:04:05Z\",\"objectId\":\"s-1\","
            + "\"permissions\":[\"USE\",\"USE_ALL_PACKAGES\",\"$ACCESS_CHILD\"],\"dataModels\":[],\"actions\":null},"
            + "null,{\"id\":\"s-2\",\"name\":\"Sales\",\"permissions\":null}]";
    static final String TREE = "[{\"id\":\"n-1\",\"key\":\"sales-app\",\"name\":\"Sales App\",\"nodeType\":\"PACKAGE\","
            + "\"spaceId\":\"s-1\",\"rootNodeId\":\"n-1\",\"rootNodeKey\":\"sales-app\",\"permissions\":[\"USE_PACKAGE\"],"
            + "\"creationDate\":\"1700000000000\",\"serializedContent\":\"{}\"},"
            + "{\"id\":\"n-2\",\"key\":\"board\",\"name\":\"Board\",\"nodeType\":\"ASSET\",\"spaceId\":\"s-1\","
            + "\"parentNodeId\":\"n-1\",\"assetType\":\"BOARD_V2\"}]";
    static final String POOL = "{\"id\":\"p-1\",\"name\":\"Sales pool\",\"description\":\"SAP ECC\","
            + "\"configurationStatus\":\"CONFIGURED\",\"locked\":false,\"timeStamp\":\"2024-01-02T03:04:05\","
            + "\"creatorUserId\":\"u-1\",\"objectId\":\"p-1\",\"tags\":[{\"name\":\"prod\"}],"
            + "\"permissions\":[\"USE_ALL_DATA_MODELS\",\"ADMIN\"]}";

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

    private RecordedRequest sentWithTheKey(String prefix) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertEquals(prefix + " " + key.reveal(), request.getHeader("Authorization"));
        return request;
    }

    @Test
    void spacesAreReadFromThePackageManagerSkippingNullsAndUnknownFields() throws InterruptedException {
        server.enqueue(MockEms.json(SPACES));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            assertEquals(List.of(
                    new SpaceData("s-1", "Default", null, "earth", List.of("USE", "USE_ALL_PACKAGES", "$ACCESS_CHILD"),
                            Instant.ofEpochMilli(1700000000000L), Instant.parse("2024-01-02T03:04:05Z"), null, "s-1"),
                    new SpaceData("s-2", "Sales", null, null, List.of(), null, null, null, null)),
                    client.spaces());
        }
        assertEquals("/package-manager/api/spaces", sentWithTheKey("AppKey").getPath());
    }

    @Test
    void theContentTreeIsAskedForWithTheSpaceIdEncodedAsAQueryValue() throws InterruptedException {
        server.enqueue(MockEms.json(TREE));
        List<ContentNode> nodes;
        try (EmsClient client = client(KeyType.USER_KEY)) {
            nodes = client.contentNodes("a b&c=d");
        }
        assertEquals("/package-manager/api/nodes/tree?spaceId=a%20b%26c%3Dd", sentWithTheKey("Bearer").getPath());
        assertEquals(new ContentNode("n-1", "sales-app", "Sales App", "PACKAGE", "s-1", null, "n-1", "sales-app",
                List.of("USE_PACKAGE"), Instant.ofEpochMilli(1700000000000L), null, null, null, null, null),
                nodes.get(0));
        assertEquals(List.of(true, false), nodes.stream().map(ContentNode::isPackage).toList());
        assertEquals("BOARD_V2", nodes.get(1).assetType());
    }

    @Test
    void poolsAreReadFromDataIntegration() throws InterruptedException {
        server.enqueue(MockEms.json("[" + POOL + "]"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            assertEquals(List.of(new PoolData("p-1", "Sales pool", "SAP ECC", "CONFIGURED", false,
                    Instant.parse("2024-01-02T03:04:05Z"), "u-1", null, "p-1", List.of("USE_ALL_DATA_MODELS", "ADMIN"))),
                    client.pools());
        }
        assertEquals("/integration/api/pools", sentWithTheKey("AppKey").getPath());
    }

    @Test
    void onePoolIsAskedForWithItsIdEncodedAsOnePathSegment() throws InterruptedException {
        server.enqueue(MockEms.json(POOL));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            assertEquals("Sales pool", client.pool("a/b?c#d %").name());
        }
        assertEquals("/integration/api/pools/a%2Fb%3Fc%23d%20%25", sentWithTheKey("AppKey").getPath());
    }

    @ParameterizedTest(name = "the pool id \"{0}\" is refused")
    @ValueSource(strings = {"", " ", ".", ".."})
    void aPoolIdThatWouldNotNameOnePoolIsRefusedBeforeAnyRequest(String id) {
        try (EmsClient client = client(KeyType.APP_KEY)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.pool(id));
            assertEquals("A data pool id is the id EMS lists for the pool, e.g. a UUID; it cannot be empty, blank,"
                    + " '.' or '..'", e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aForbiddenPoolSaysWhichPermissionsTheApplicationNeeds() {
        server.enqueue(MockEms.json(403, "{\"title\":\"Access Denied.\",\"status\":403}"));
        PermissionDeniedException e;
        try (EmsClient client = client(KeyType.APP_KEY)) {
            e = assertThrows(PermissionDeniedException.class, () -> client.pool("p-9"));
        }
        assertEquals("You don't have permission to perform 'GET' -> '" + url + "/integration/api/pools/p-9' (403):"
                + " the key is valid but may not read this data pool: the application needs Data Integration"
                + " (event-collection) USE_ALL_DATA_MODELS or EDIT_ALL_DATA_POOLS, or a permission on that data pool;"
                + " grant one in Admin & Settings → Applications.", e.getMessage());
        assertEquals(Optional.of(new RequiredAccess(Service.EVENT_COLLECTION,
                List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS"), List.of(), "data pool")), e.requiredAccess());
        assertEquals(403, e.status());
        assertEquals(KeyType.APP_KEY, e.keyType());
    }

    @Test
    void aForbiddenPoolForAUserKeySaysToAskATeamAdmin() {
        server.enqueue(new MockResponse().setResponseCode(403));
        try (EmsClient client = client(KeyType.USER_KEY)) {
            PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> client.pool("p-9"));
            assertEquals("You don't have permission to perform 'GET' -> '" + url + "/integration/api/pools/p-9'"
                    + " (403): the key is valid but its user may not read this data pool: the user needs Data"
                    + " Integration (event-collection) USE_ALL_DATA_MODELS or EDIT_ALL_DATA_POOLS, or a permission on"
                    + " that data pool; ask a team admin to grant one.", e.getMessage());
        }
    }

    @Test
    void aForbiddenContentTreeSaysTheApplicationNeedsUseOnTheSpace() {
        server.enqueue(new MockResponse().setResponseCode(403));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                    () -> client.contentNodes("s-1"));
            assertEquals("You don't have permission to perform 'GET' -> '" + url
                    + "/package-manager/api/nodes/tree?spaceId=s-1' (403): the key is valid but may not read this"
                    + " space: the application needs Studio (package-manager) USE on that space; grant it in"
                    + " Admin & Settings → Applications.", e.getMessage());
        }
    }

    @Test
    void aForbiddenListingKeepsTheGeneralMessage() {
        server.enqueue(new MockResponse().setResponseCode(403));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            PermissionDeniedException e = assertThrows(PermissionDeniedException.class, client::pools);
            assertEquals(Optional.empty(), e.requiredAccess());
            assertEquals("You don't have permission to perform 'GET' -> '" + url + "/integration/api/pools' (403):"
                    + " the key is valid but lacks a permission for this; grant it in Admin & Settings →"
                    + " Applications.", e.getMessage());
        }
    }

    @Test
    void aMissingPoolSaysToCheckTheIdNotTheUrl() {
        server.enqueue(MockEms.json(404, "{\"title\":\"Path not found.\"}"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            ObjectNotFoundException e = assertThrows(ObjectNotFoundException.class, () -> client.pool("p-9"));
            assertEquals("Object at '" + url + "/integration/api/pools/p-9' not found (404): there is no data pool"
                    + " with this id, or the key may not see it; check the id against the data pools the key lists.",
                    e.getMessage());
        }
    }

    @Test
    void aListingThatIsNotAnArrayIsAnUnexpectedResponse() {
        server.enqueue(MockEms.json(POOL));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class, client::pools);
            assertEquals("The response of GET " + url + "/integration/api/pools is JSON but not a JSON array of data"
                    + " pools: the URL may not point at EMS, or this EMS answers differently than expected.",
                    e.getMessage());
        }
    }

    @Test
    void aDateOfAnUnknownShapeIsAnUnexpectedResponseThatDoesNotQuoteIt() {
        server.enqueue(MockEms.json("[{\"id\":\"s-1\",\"creationDate\":\"next tuesday\"}]"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class, client::spaces);
            assertEquals("a JSON array of spaces", e.expected());
            assertFalse(e.getMessage().contains("tuesday"), e.getMessage());
        }
    }

    @Test
    void aPoolAnsweredAsAListIsAnUnexpectedResponse() {
        server.enqueue(MockEms.json("[" + POOL + "]"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class, () -> client.pool("p-1"));
            assertEquals("a JSON object describing a data pool", e.expected());
        }
    }
}
