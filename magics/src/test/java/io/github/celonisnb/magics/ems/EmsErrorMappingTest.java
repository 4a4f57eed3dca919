package io.github.celonisnb.magics.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.ems.EmsConnectionException.Reason;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.testing.TestKeys;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every failure a user acts on, each with its exact message. */
class EmsErrorMappingTest {

    private static final String TEAM_ADDRESS = "it should be the team's address, e.g."
            + " https://<team>.<realm>.celonis.cloud.";

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

    @ParameterizedTest(name = "a rejected {0} suggests {1}")
    @CsvSource({"APP_KEY, --user-key", "USER_KEY, --app-key", "BEARER, --app-key"})
    void explainsARejectedKeyAndSuggestsTheOtherType(KeyType type, String option) {
        server.enqueue(MockEms.json(401, "{\"error\":\"Unauthorized\"}"));
        try (EmsClient client = client(type)) {
            KeyRejectedException e = assertThrows(KeyRejectedException.class, client::whoami);
            assertEquals("The key was rejected (401) for GET " + url + "/api/cloud: it may be wrong, deleted, or of"
                    + " the other key type; try " + option + ".", e.getMessage());
            assertEquals(401, e.status());
            assertEquals("GET", e.method());
            assertEquals(url + "/api/cloud", e.url().toString());
            assertEquals(type, e.keyType());
        }
    }

    @Test
    void explainsAMissingPermissionOfAnApplicationKey() {
        server.enqueue(MockEms.json(403, "{\"title\":\"Access Denied.\",\"status\":403}"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            PermissionDeniedException e = assertThrows(PermissionDeniedException.class, client::permissions);
            assertEquals("You don't have permission to perform 'GET' -> '" + url + "/api/cloud/permissions' (403):"
                    + " the key is valid but lacks a permission for this; grant it in Admin & Settings →"
                    + " Applications.", e.getMessage());
            assertEquals(403, e.status());
        }
    }

    @Test
    void explainsAMissingPermissionOfAUserKey() {
        server.enqueue(new MockResponse().setResponseCode(403));
        try (EmsClient client = client(KeyType.USER_KEY)) {
            PermissionDeniedException e = assertThrows(PermissionDeniedException.class, client::team);
            assertEquals("You don't have permission to perform 'GET' -> '" + url + "/api/team' (403): the key is"
                    + " valid but its user lacks a permission for this; ask a team admin to grant it.", e.getMessage());
        }
    }

    @Test
    void explainsNotFoundAsAWrongUrl() {
        server.enqueue(MockEms.json(404, "{\"title\":\"Path not found.\",\"status\":404}"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            ObjectNotFoundException e = assertThrows(ObjectNotFoundException.class, client::whoami);
            assertEquals("Object at '" + url + "/api/cloud' not found (404): check the EMS URL; " + TEAM_ADDRESS,
                    e.getMessage());
            assertEquals(404, e.status());
        }
    }

    @Test
    void explainsAnHtmlPageAsAUrlThatIsNotEms() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8")
                .setBody("<!doctype html><html><body>Welcome</body></html>"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            ResponseNotJsonException e = assertThrows(ResponseNotJsonException.class, client::whoami);
            assertEquals("Cannot parse the response of GET " + url + "/api/cloud as JSON (200, text/html): the URL"
                    + " probably does not point at EMS; " + TEAM_ADDRESS, e.getMessage());
            assertEquals("text/html", e.contentType());
        }
    }

    @Test
    void explainsABodyThatIsNotJsonWithoutAContentType() {
        server.enqueue(new MockResponse().setBody("ok"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            ResponseNotJsonException e = assertThrows(ResponseNotJsonException.class, () -> client.getJson("/x"));
            assertEquals("Cannot parse the response of GET " + url + "/x as JSON (200, no content type): the URL"
                    + " probably does not point at EMS; " + TEAM_ADDRESS, e.getMessage());
        }
    }

    @Test
    void quotesAShortMessageFromAServerError() {
        server.enqueue(MockEms.json(500, "{\"title\":\"Internal error.\",\"errorCode\":\"ADMIN_FATAL_ERROR\"}"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, client::whoami);
            assertEquals("EMS answered 500 for GET " + url + "/api/cloud: the server had a problem; try again later."
                    + " The server said: \"Internal error.\".", e.getMessage());
            assertEquals(500, e.status());
            assertEquals("Internal error.", e.serverMessage());
        }
    }

    @Test
    void quotesNothingFromAnHtmlErrorPage() {
        server.enqueue(new MockResponse().setResponseCode(503).setHeader("Content-Type", "text/html")
                .setBody("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, client::whoami);
            assertEquals("EMS answered 503 for GET " + url + "/api/cloud: the server had a problem; try again later.",
                    e.getMessage());
        }
    }

    @Test
    void explainsRateLimiting() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Content-Type", "text/plain")
                .setBody("Rate limit exceeded\nretry later\n"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, client::whoami);
            assertEquals("EMS answered 429 for GET " + url + "/api/cloud: too many requests; wait a minute and try"
                    + " again. The server said: \"Rate limit exceeded\".", e.getMessage());
        }
    }

    @Test
    void explainsARejectedRequest() {
        server.enqueue(MockEms.json(400, "{\"message\":\"" + "x".repeat(200) + "\"}"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, () -> client.getJson("/y"));
            assertEquals("EMS answered 400 for GET " + url + "/y: the request was not accepted. The server said: \""
                    + "x".repeat(160) + "…\".", e.getMessage());
        }
    }

    @Test
    void redactsTheKeyFromWhatTheServerSaid() {
        server.enqueue(MockEms.json(500, "{\"detail\":\"bad token " + key.reveal() + " given\"}"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, client::whoami);
            assertEquals("EMS answered 500 for GET " + url + "/api/cloud: the server had a problem; try again later."
                    + " The server said: \"bad token [REDACTED celonis-key] given\".", e.getMessage());
        }
    }

    @Test
    void explainsARedirectToAnotherSchemeThatIsNotFollowed() {
        server.enqueue(new MockResponse().setResponseCode(302)
                .setHeader("Location", "https://127.0.0.1:" + server.getPort() + "/api/cloud"));
        try (EmsClient client = client(KeyType.APP_KEY)) {
            UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, client::whoami);
            assertEquals("EMS answered 302 for GET " + url + "/api/cloud: a redirect that was not followed (to"
                    + " another scheme); check the EMS URL, " + TEAM_ADDRESS.substring(0, TEAM_ADDRESS.length() - 1)
                    + ".", e.getMessage());
        }
    }

    @Test
    void explainsAConnectionRefused() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = closed.getLocalPort();
        }
        EmsUrl nowhere = EmsUrl.parse("http://127.0.0.1:" + port);
        try (EmsClient client = EmsClient.builder(nowhere, key, KeyType.APP_KEY).build()) {
            EmsConnectionException e = assertThrows(EmsConnectionException.class, client::whoami);
            assertEquals("Connection refused by 127.0.0.1:" + port + " (GET " + nowhere + "/api/cloud): nothing is"
                    + " listening there; check the EMS URL and port, and if it is the emulator, that it is running.",
                    e.getMessage());
            assertEquals(Reason.CONNECTION_REFUSED, e.reason());
            assertEquals("127.0.0.1", e.host());
            assertEquals(port, e.port());
        }
    }

    @Test
    void explainsAnUnknownHost() {
        EmsUrl unknown = EmsUrl.parse("https://nowhere.eu-1.celonis.cloud");
        try (EmsClient client = EmsClient.builder(unknown, key, KeyType.APP_KEY)
                .dns(host -> {
                    throw new UnknownHostException(host);
                }).build()) {
            EmsConnectionException e = assertThrows(EmsConnectionException.class, client::whoami);
            assertEquals("Cannot find host nowhere.eu-1.celonis.cloud (GET https://nowhere.eu-1.celonis.cloud"
                    + "/api/cloud): check the EMS URL for typos, and that this machine can reach the network.",
                    e.getMessage());
            assertEquals(Reason.UNKNOWN_HOST, e.reason());
        }
    }

    @Test
    void explainsAServerThatNeverAnswers() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        try (EmsClient client = EmsClient.builder(url, key, KeyType.APP_KEY)
                .readTimeout(Duration.ofMillis(200)).build()) {
            EmsConnectionException e = assertThrows(EmsConnectionException.class, client::whoami);
            assertEquals("No answer from 127.0.0.1:" + server.getPort() + " within 200 ms (GET " + url + "/api/cloud):"
                    + " the server is slow or stuck; try again later, or allow a longer read timeout.", e.getMessage());
            assertEquals(Reason.READ_TIMEOUT, e.reason());
        }
    }

    @Test
    void explainsHttpsToAServerThatDoesNotSpeakTls() throws IOException {
        try (PlainTextServer plain = new PlainTextServer()) {
            EmsUrl tls = EmsUrl.parse("https://127.0.0.1:" + plain.port());
            try (EmsClient client = EmsClient.builder(tls, key, KeyType.APP_KEY).build()) {
                EmsConnectionException e = assertThrows(EmsConnectionException.class, client::whoami);
                assertEquals("TLS with 127.0.0.1:" + plain.port() + " failed (GET " + tls + "/api/cloud): the"
                        + " certificate is not trusted or not for this host, or the server does not speak HTTPS;"
                        + " check the EMS URL (the emulator without TLS needs http://), and if a proxy or private CA"
                        + " signs the certificate, trust its CA file.", e.getMessage());
                assertEquals(Reason.TLS_FAILURE, e.reason());
            }
        }
    }

    @Test
    void tellsAConnectTimeoutFromAReadTimeout() {
        ConnectionFailures failures = new ConnectionFailures(Duration.ofSeconds(10), Duration.ofSeconds(60));
        HttpUrl target = HttpUrl.get("https://acme.eu-1.celonis.cloud/api/cloud");
        EmsConnectionException e = failures.toException(new SocketTimeoutException("Connect timed out"), "GET",
                target, false);
        assertEquals("Could not connect to acme.eu-1.celonis.cloud:443 within 10 s (GET"
                + " https://acme.eu-1.celonis.cloud/api/cloud): check the network, any proxy or firewall, and the EMS"
                + " URL.", e.getMessage());
        assertEquals(Reason.CONNECT_TIMEOUT, e.reason());
        assertEquals(Reason.READ_TIMEOUT, failures.toException(new SocketTimeoutException("timeout"), "GET", target,
                true).reason());
        assertEquals(Reason.TLS_FAILURE, failures.toException(new SocketTimeoutException("Read timed out"), "GET",
                target, false, true).reason(), "a handshake that got no answer");
        assertEquals(Reason.INTERRUPTED, failures.toException(new InterruptedIOException(), "GET", target, true)
                .reason());
        EmsConnectionException other = failures.toException(new IOException("unexpected end of stream"), "GET",
                target, true);
        assertEquals("The connection to acme.eu-1.celonis.cloud:443 failed (GET"
                + " https://acme.eu-1.celonis.cloud/api/cloud) (IOException): check the network and try again.",
                other.getMessage());
    }
}
