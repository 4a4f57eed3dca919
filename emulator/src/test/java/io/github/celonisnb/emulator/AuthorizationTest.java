package io.github.celonisnb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.celonisnb.emulator.internal.auth.KeyGenerator;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizationTest {

    private static final String UNAUTHORIZED = "{\"error\":\"Unauthorized\"}";
    private static final String MALFORMED = "{\"error\":\"Invalid \\\"Authorization\\\" header format. Should start "
            + "either with \\\"Bearer \\\" or \\\"AppKey \\\" (case insensitive).\"}";

    private EmsEmulator emulator;
    private TestHttp http;
    private IssuedKey app;
    private IssuedKey user;

    @BeforeEach
    void start() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().port(0).stateFile(null).build());
        http = new TestHttp(emulator.baseUrl());
        app = emulator.createApplicationKey("demo", List.of(Grant.parse("event-collection:USE_ALL_DATA_MODELS")));
        user = emulator.createUserKey("Alice Example", "alice@example.test", false, List.of());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AppKey", "appkey", "APPKEY", "aPpKeY"})
    void acceptsAnApplicationKeyWithItsPrefixInAnyLetterCase(String prefix) {
        HttpResponse<String> response = http.get("/api/cloud", prefix + " " + app.value());
        assertEquals(200, response.statusCode());
        assertEquals("demo", TestHttp.json(response).get("name").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "bearer", "BEARER", "bEaReR"})
    void acceptsAUserKeyWithItsPrefixInAnyLetterCase(String prefix) {
        HttpResponse<String> response = http.get("/api/cloud", prefix + " " + user.value());
        assertEquals(200, response.statusCode());
        assertEquals("alice@example.test", TestHttp.json(response).get("email").asText());
    }

    @Test
    void rejectsAnApplicationKeySentAsBearer() {
        HttpResponse<String> response = http.get("/api/cloud", "Bearer " + app.value());
        assertEquals(401, response.statusCode());
        assertEquals(UNAUTHORIZED, response.body());
    }

    @Test
    void rejectsAUserKeySentAsAppKey() {
        HttpResponse<String> response = http.get("/api/cloud", "AppKey " + user.value());
        assertEquals(401, response.statusCode());
        assertEquals(UNAUTHORIZED, response.body());
    }

    @Test
    void rejectsARequestWithoutAuthorizationHeader() {
        HttpResponse<String> response = http.get("/api/cloud/permissions", (String) null);
        assertEquals(401, response.statusCode());
        assertEquals(UNAUTHORIZED, response.body());
        assertEquals("application/json;charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Token abc", "AppKeyabc", "Bearer", "AppKey", "abc"})
    void rejectsAMalformedAuthorizationHeaderWithTheCatalogueText(String header) {
        HttpResponse<String> response = http.get("/api/team", header);
        assertEquals(401, response.statusCode());
        assertEquals(MALFORMED, response.body());
    }

    @Test
    void rejectsAKeyOfTheRightShapeThatWasNeverIssued() {
        String neverIssued = new KeyGenerator().newKey();
        assertEquals(401, http.get("/api/cloud", "AppKey " + neverIssued).statusCode());
        assertEquals(401, http.get("/api/cloud", "Bearer " + neverIssued).statusCode());
    }

    @Test
    void rejectsAKeyFromTheRequestAfterItWasDeleted() {
        assertEquals(200, http.get("/api/cloud", app).statusCode());
        emulator.deleteKey(app.id());
        HttpResponse<String> response = http.get("/api/cloud", app);
        assertEquals(401, response.statusCode());
        assertEquals(UNAUTHORIZED, response.body());
    }

    @Test
    void deletingAnUnknownKeyNamesTheId() {
        UnknownKeyException e = org.junit.jupiter.api.Assertions.assertThrows(UnknownKeyException.class,
                () -> emulator.deleteKey("no-such-id"));
        assertEquals("No key with id 'no-such-id'. List the keys with `emulator list-keys` to see their ids.", e.getMessage());
    }

    @Test
    void rejectsTheRightKeyWithExtraCharacters() {
        assertEquals(401, http.get("/api/cloud", "AppKey " + app.value() + "x").statusCode());
        assertEquals(401, http.get("/api/cloud", "AppKey " + app.value().substring(1)).statusCode());
    }

    @Test
    void recordsSchemeAndMatchedKeyButNeverTheKey() {
        http.get("/api/cloud", app);
        http.get("/api/cloud/permissions?x=1", "Bearer " + app.value());
        http.get("/api/team", (String) null);
        http.get("/api/team", "Basic abc");
        http.get("/api/cloud", user);

        List<RecordedRequest> recorded = emulator.recordedRequests();
        assertEquals(List.of(
                new RecordedRequest("GET", "/api/cloud", AuthScheme.APP_KEY, Optional.of(app.id()), 200),
                new RecordedRequest("GET", "/api/cloud/permissions?x=1", AuthScheme.BEARER, Optional.empty(), 401),
                new RecordedRequest("GET", "/api/team", AuthScheme.MISSING, Optional.empty(), 401),
                new RecordedRequest("GET", "/api/team", AuthScheme.MALFORMED, Optional.empty(), 401),
                new RecordedRequest("GET", "/api/cloud", AuthScheme.BEARER, Optional.of(user.id()), 200)), recorded);
        assertFalse(recorded.toString().contains(app.value()));
        assertFalse(recorded.toString().contains(user.value()));
    }

    @Test
    void twoKeysOfOneKindAreToldApart() {
        IssuedKey other = emulator.createApplicationKey("other", List.of());
        assertNotEquals(other.principalId(), app.principalId());
        assertEquals("other", TestHttp.json(http.get("/api/cloud", other)).get("name").asText());
        assertEquals("demo", TestHttp.json(http.get("/api/cloud", app)).get("name").asText());
    }
}
