package io.github.celonisnb.magics.leaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.celonisnb.magics.credentials.CredentialOrigin;
import io.github.celonisnb.magics.credentials.CredentialRequest;
import io.github.celonisnb.magics.credentials.CredentialResolver;
import io.github.celonisnb.magics.credentials.CredentialSource;
import io.github.celonisnb.magics.credentials.Credentials;
import io.github.celonisnb.magics.credentials.Environment;
import io.github.celonisnb.magics.ems.EmsClient;
import io.github.celonisnb.magics.ems.EmsLogin;
import io.github.celonisnb.magics.ems.EmsUrl;
import io.github.celonisnb.magics.ems.LoginOptions;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import io.github.celonisnb.magics.testing.TestKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives every failure the library reports, each with a real key in play (in the file, the variable, the
 * request, the server's answer), and checks that no message, {@code toString()}, cause, suppressed exception
 * or printed stack trace holds the key or a recognisable piece of it.
 */
class NoKeyLeakTest {

    private final String keyValue = TestKeys.newTokenWithSlashAndPlus();
    private final ApiKey key = ApiKey.of(keyValue);
    private final List<Throwable> failures = new ArrayList<>();
    private final List<Object> objects = new ArrayList<>();

    @TempDir
    Path home;

    private MockWebServer server;
    private EmsUrl url;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        url = EmsUrl.parse("http://127.0.0.1:" + server.getPort());
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    private void expectFailure(ThrowingAction action) {
        try {
            action.run();
        } catch (Throwable t) {
            failures.add(t);
            return;
        }
        fail("expected a failure");
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }

    @Test
    void noFailureAndNoToStringRevealsTheKey() throws Exception {
        driveSecretFailures();
        driveCredentialFailures();
        driveEmsFailures();
        objects.add(key);
        objects.add(new Credentials(url.toString(), key, KeyType.APP_KEY, new CredentialOrigin(
                CredentialSource.keyFile(home.resolve("app.json")), CredentialSource.argument("--url"),
                CredentialSource.notSet())));
        objects.add(EmsClient.builder(url, key, KeyType.USER_KEY).build());
        objects.add(successfulLogin());

        assertEquals(Set.of("InvalidApiKeyException", "UnknownKeyTypeException", "IllegalArgumentException",
                "CredentialsException", "InvalidEmsUrlException", "KeyRejectedException", "PermissionDeniedException",
                "ObjectNotFoundException", "ResponseNotJsonException", "UnexpectedStatusException",
                "UnexpectedResponseException", "EmsConnectionException"),
                failures.stream().map(f -> f.getClass().getSimpleName()).collect(Collectors.toSet()),
                "every kind of failure was driven");
        for (Throwable failure : failures) {
            assertNoKeyIn(failure);
        }
        for (Object object : objects) {
            assertClean(object.toString(), object.getClass().getSimpleName() + ".toString()");
        }
    }

    private void driveSecretFailures() {
        expectFailure(() -> ApiKey.of(keyValue + " " + keyValue));
        expectFailure(() -> ApiKey.of(keyValue + "\u001b"));
        expectFailure(() -> ApiKey.of(keyValue + "\u00e9"));
        expectFailure(() -> KeyType.fromName(keyValue));
        expectFailure(() -> new SecretRegistry().registerValue("abcdef", keyValue));
    }

    private void driveCredentialFailures() throws IOException {
        String[] badFiles = {
            "{\"api_token\": " + keyValue + "}",
            "{\"api_token\": \"" + keyValue + "\", \"api_token\": \"" + keyValue + "\"}",
            "{\"api_token\": \"" + keyValue + "\"} " + keyValue,
            "[\"" + keyValue + "\"]",
            "{\"token\": \"" + keyValue + "\"}",
            "{\"api_token\": [\"" + keyValue + "\"]}",
            "{\"api_token\": \"" + keyValue + " x\"}",
            "{\"api_token\": \"" + keyValue + "\", \"key_type\": \"" + keyValue + "\"}",
            "{\"api_token\": \"" + keyValue + "\", \"url\": {\"u\": \"" + keyValue + "\"}}",
            keyValue + "\n" + keyValue,
            keyValue + "\u0000",
            " ".repeat(70_000) + keyValue,
        };
        for (int i = 0; i < badFiles.length; i++) {
            Path file = Files.writeString(home.resolve("bad-" + i), badFiles[i]);
            expectFailure(() -> resolve(Map.of(), new CredentialRequest(null, file, null, null)));
        }
        Path latin1 = Files.write(home.resolve("latin1"), (keyValue + "\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        expectFailure(() -> resolve(Map.of(), new CredentialRequest(null, latin1, null, null)));
        Path noUrl = Files.writeString(home.resolve("no-url"), keyValue);
        expectFailure(() -> resolve(Map.of(), new CredentialRequest(null, noUrl, null, null)));
        expectFailure(() -> resolve(Map.of(), new CredentialRequest(null, null, keyValue, null)));
        expectFailure(() -> resolve(Map.of("CELONIS_API_TOKEN", keyValue, "CELONIS_KEY_TYPE", keyValue),
                CredentialRequest.defaults()));
        expectFailure(() -> resolve(Map.of("CELONIS_API_TOKEN", keyValue + " " + keyValue),
                CredentialRequest.defaults()));
    }

    private void resolve(Map<String, String> env, CredentialRequest request) throws Exception {
        new CredentialResolver(Environment.of(env), home).resolve(request);
    }

    private void driveEmsFailures() throws IOException {
        expectFailure(() -> EmsUrl.parse(keyValue));
        expectFailure(() -> EmsUrl.parse("https://" + keyValue));
        expectFailure(() -> EmsUrl.parse("http://" + keyValue.replaceAll("[^A-Za-z0-9]", "") + ".example.com"));
        expectFailure(() -> EmsUrl.parse("http://" + keyValue.replaceAll("[^A-Za-z0-9]", "").substring(0, 60)
                + ".example.com"));

        String echo = "{\"detail\":\"" + keyValue + "\",\"message\":\"" + keyValue + "\"}";
        server.enqueue(json(401, echo));
        server.enqueue(json(403, echo));
        server.enqueue(json(404, echo));
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<p>" + keyValue + "</p>"));
        server.enqueue(json(500, echo));
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Content-Type", "text/plain")
                .setBody(keyValue));
        server.enqueue(json(200, "{\"a\":\"" + keyValue + "\"}"));
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "https://127.0.0.1/"
                + keyValue));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        try (EmsClient client = EmsClient.builder(url, key, KeyType.APP_KEY)
                .readTimeout(Duration.ofMillis(200)).build()) {
            expectFailure(client::whoami);
            expectFailure(client::whoami);
            expectFailure(client::whoami);
            expectFailure(client::whoami);
            expectFailure(client::whoami);
            expectFailure(client::whoami);
            expectFailure(client::permissions);
            expectFailure(client::whoami);
            expectFailure(client::whoami);
        }

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        EmsUrl refused = EmsUrl.parse("http://127.0.0.1:" + closedPort);
        try (EmsClient client = EmsClient.builder(refused, key, KeyType.APP_KEY).build()) {
            expectFailure(client::whoami);
        }
        try (EmsClient client = EmsClient.builder(EmsUrl.parse("https://nowhere.example.test"), key,
                KeyType.USER_KEY).dns(host -> {
                    throw new UnknownHostException(host);
                }).build()) {
            expectFailure(client::whoami);
        }
        server.setDispatcher(answerAlways(json(401, "{\"error\":\"Unauthorized\"}")));
        expectFailure(() -> EmsLogin.login(new Credentials(url.toString(), key, null, origin()),
                LoginOptions.defaults()));
        expectFailure(() -> EmsLogin.login(new Credentials("http://" + keyValue.replaceAll("[^A-Za-z0-9]", "")
                .substring(0, 60) + ".example.com", key, KeyType.APP_KEY, origin())));
    }

    private LoginResult successfulLogin() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                switch (request.getPath()) {
                    case "/api/cloud":
                        return json(200, "{\"id\":\"u1\",\"name\":\"Alice\",\"apiToken\":\"" + keyValue
                                + "\",\"token\":\"" + keyValue + "\"}");
                    case "/api/cloud/permissions":
                        return json(200, "[{\"serviceName\":\"team\",\"permissions\":[]}]");
                    default:
                        return json(200, "{\"id\":\"t1\",\"domain\":\"demo\"}");
                }
            }
        });
        LoginResult result = EmsLogin.login(new Credentials(url.toString(), key, KeyType.APP_KEY, origin()));
        result.client().close();
        return result;
    }

    private CredentialOrigin origin() {
        return new CredentialOrigin(CredentialSource.environmentVariable("CELONIS_API_TOKEN"),
                CredentialSource.argument("--url"), CredentialSource.notSet());
    }

    private static Dispatcher answerAlways(MockResponse response) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return response;
            }
        };
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private void assertNoKeyIn(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String where = failure.getClass().getSimpleName() + " number " + (failures.indexOf(failure) + 1);
        assertClean(trace.toString(), "stack trace of " + where);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertClean(String.valueOf(t.getMessage()), "message in the cause chain of " + where);
            assertClean(t.toString(), "toString in the cause chain of " + where);
            for (Throwable suppressed : t.getSuppressed()) {
                assertNoKeyIn(suppressed);
            }
        }
    }

    /** No 16-character stretch of the key, in any case, raw or URL-encoded. */
    private void assertClean(String text, String where) {
        String haystack = text.toLowerCase(Locale.ROOT);
        String encoded = URLEncoder.encode(keyValue, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String form : new String[] {keyValue.toLowerCase(Locale.ROOT), encoded}) {
            for (int i = 0; i + 16 <= form.length(); i += 8) {
                assertFalse(haystack.contains(form.substring(i, i + 16)), where + " holds part of the key");
            }
        }
    }
}
