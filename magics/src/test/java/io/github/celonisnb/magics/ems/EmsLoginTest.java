package io.github.celonisnb.magics.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.magics.credentials.CredentialOrigin;
import io.github.celonisnb.magics.credentials.CredentialSource;
import io.github.celonisnb.magics.credentials.Credentials;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.testing.TestKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmsLoginTest {

    private static final CredentialOrigin ORIGIN = new CredentialOrigin(
            CredentialSource.environmentVariable("CELONIS_API_TOKEN"),
            CredentialSource.environmentVariable("CELONIS_URL"), CredentialSource.notSet());

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

    private Credentials credentials(KeyType type) {
        return new Credentials(url.toString() + "/some/page", key, type, ORIGIN);
    }

    /** The requests the server got, as {@code <path> <prefix>}. */
    private List<String> requests() throws InterruptedException {
        List<String> seen = new ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            RecordedRequest request = server.takeRequest();
            String header = request.getHeader("Authorization");
            assertTrue(header.endsWith(" " + key.reveal()), "the full key is sent");
            seen.add(request.getPath() + " " + header.substring(0, header.indexOf(' ')));
        }
        return seen;
    }

    @Test
    void logsInWithAKnownKeyTypeInThreeCalls() throws InterruptedException {
        server.setDispatcher(new KeyCheckingDispatcher(key, "AppKey"));
        LoginResult result = EmsLogin.login(credentials(KeyType.APP_KEY));
        try (EmsClient client = result.client()) {
            assertEquals(KeyType.APP_KEY, result.keyType());
            assertFalse(result.keyTypeDetected());
            assertEquals(Optional.empty(), result.keyTypeWarning());
            assertEquals("Alice Example", result.user().nameOrEmail());
            assertEquals(3, result.permissions().size());
            assertEquals("demo", result.team().orElseThrow().domain());
            assertEquals(url, client.url());
        }
        assertEquals(List.of("/api/cloud AppKey", "/api/cloud/permissions AppKey", "/api/team AppKey"), requests());
    }

    @Test
    void detectsAnApplicationKeyWithTheFirstTry() throws InterruptedException {
        server.setDispatcher(new KeyCheckingDispatcher(key, "AppKey"));
        LoginResult result = EmsLogin.login(credentials(null));
        result.client().close();
        assertEquals(KeyType.APP_KEY, result.keyType());
        assertTrue(result.keyTypeDetected());
        assertEquals(Optional.of("KeyType is not set. Defaulted to 'APP_KEY'."), result.keyTypeWarning());
        assertEquals(List.of("/api/cloud AppKey", "/api/cloud/permissions AppKey", "/api/team AppKey"), requests());
    }

    @Test
    void detectsAUserKeyAfterTheApplicationKeyIsRejected() throws InterruptedException {
        server.setDispatcher(new KeyCheckingDispatcher(key, "Bearer"));
        LoginResult result = EmsLogin.login(credentials(null));
        result.client().close();
        assertEquals(KeyType.USER_KEY, result.keyType());
        assertEquals(Optional.of("KeyType is not set. Defaulted to 'USER_KEY'."), result.keyTypeWarning());
        assertEquals(KeyType.USER_KEY, result.client().keyType());
        assertEquals(List.of("/api/cloud AppKey", "/api/cloud Bearer", "/api/cloud/permissions Bearer",
                "/api/team Bearer"), requests());
    }

    @Test
    void triesTheUserKeyAlsoAfterAForbiddenApplicationKey() throws InterruptedException {
        server.setDispatcher(new KeyCheckingDispatcher(key, "Bearer").forbid("AppKey"));
        assertEquals(KeyType.USER_KEY, EmsLogin.login(credentials(null)).keyType());
        assertEquals(List.of("/api/cloud AppKey", "/api/cloud Bearer", "/api/cloud/permissions Bearer",
                "/api/team Bearer"), requests());
    }

    @Test
    void reportsAKeyRejectedAsBothTypes() throws InterruptedException {
        server.setDispatcher(new KeyCheckingDispatcher(TestKeys.newKey(), "AppKey"));
        KeyRejectedException e = assertThrows(KeyRejectedException.class, () -> EmsLogin.login(credentials(null)));
        assertEquals("The key was rejected (401) for GET " + url + "/api/cloud both as an Application Key and as a"
                + " User Key: it may be wrong or deleted; check it, or create a new key.", e.getMessage());
        assertEquals(List.of(KeyType.APP_KEY, KeyType.USER_KEY), e.keyTypesTried());
        assertEquals(List.of("/api/cloud AppKey", "/api/cloud Bearer"), requests());
    }

    @Test
    void reportsTheForbiddenApplicationKeyWhenTheUserKeyIsUnknown() {
        server.setDispatcher(new KeyCheckingDispatcher(key, "AppKey")
                .answer("/api/cloud", new MockResponse().setResponseCode(403)));
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> EmsLogin.login(credentials(null)));
        assertEquals(KeyType.APP_KEY, e.keyType());
    }

    @Test
    void reportsARejectedKeyOfAKnownTypeWithoutTryingAnother() throws InterruptedException {
        server.setDispatcher(new KeyCheckingDispatcher(key, "Bearer"));
        KeyRejectedException e = assertThrows(KeyRejectedException.class,
                () -> EmsLogin.login(credentials(KeyType.APP_KEY)));
        assertEquals("The key was rejected (401) for GET " + url + "/api/cloud: it may be wrong, deleted, or of the"
                + " other key type; try --user-key.", e.getMessage());
        assertEquals(List.of("/api/cloud AppKey"), requests());
    }

    @Test
    void stopsDetectionAtAnyOtherFailure() throws InterruptedException {
        server.setDispatcher(new KeyCheckingDispatcher(key, "AppKey")
                .answer("/api/cloud", MockEms.json(404, "{}")));
        assertThrows(ObjectNotFoundException.class, () -> EmsLogin.login(credentials(null)));
        assertEquals(List.of("/api/cloud AppKey"), requests());
    }

    @Test
    void logsInWithoutTheTeamWhenItCannotBeRead() {
        server.setDispatcher(new KeyCheckingDispatcher(key, "AppKey")
                .answer("/api/team", new MockResponse().setResponseCode(403)));
        LoginResult result = EmsLogin.login(credentials(KeyType.APP_KEY));
        result.client().close();
        assertEquals(Optional.empty(), result.team());
        assertEquals(3, result.permissions().size());
    }

    @Test
    void failsWhenThePermissionsCannotBeRead() {
        server.setDispatcher(new KeyCheckingDispatcher(key, "AppKey")
                .answer("/api/cloud/permissions", new MockResponse().setResponseCode(403)));
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> EmsLogin.login(credentials(KeyType.APP_KEY)));
        assertEquals(url + "/api/cloud/permissions", e.url().toString());
    }

    @Test
    void saysWhereAnUnusableUrlCameFrom() {
        Credentials credentials = new Credentials("http://acme.eu-1.celonis.cloud", key, KeyType.APP_KEY, ORIGIN);
        InvalidEmsUrlException e = assertThrows(InvalidEmsUrlException.class, () -> EmsLogin.login(credentials));
        assertEquals("HTTP is not supported for acme.eu-1.celonis.cloud: use https://acme.eu-1.celonis.cloud; plain"
                + " http:// is allowed only for loopback addresses such as 127.0.0.1 (the emulator). (The URL came"
                + " from environment variable CELONIS_URL.)", e.getMessage());
        assertEquals(InvalidEmsUrlException.Problem.PLAIN_HTTP, e.problem());
    }

    @Test
    void refusesUnusableOptionsAtOnce() {
        assertEquals("retries must be between 0 and 10, not -1",
                assertThrows(IllegalArgumentException.class, () -> LoginOptions.defaults().withRetries(-1))
                        .getMessage());
        assertEquals("The connect timeout must be positive, not PT-1S",
                assertThrows(IllegalArgumentException.class,
                        () -> LoginOptions.defaults().withConnectTimeout(java.time.Duration.ofSeconds(-1)))
                        .getMessage());
    }

    @Test
    void appliesTheLoginOptionsToItsClients() throws InterruptedException {
        server.setDispatcher(new KeyCheckingDispatcher(key, "AppKey"));
        EmsLogin.login(credentials(KeyType.APP_KEY), LoginOptions.defaults().withUserAgent("notebook/1.0"))
                .client().close();
        assertEquals("notebook/1.0", server.takeRequest().getHeader("User-Agent"));
    }
}
