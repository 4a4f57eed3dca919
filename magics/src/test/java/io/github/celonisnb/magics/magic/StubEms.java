package io.github.celonisnb.magics.magic;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.celonisnb.magics.ems.CloudUser;
import io.github.celonisnb.magics.ems.EmsClient;
import io.github.celonisnb.magics.ems.EmsUrl;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * An EMS on 127.0.0.1 that answers set paths with set bodies, but only to requests that carry the key under
 * the prefix of its type (otherwise 401), and a session logged in to it.
 */
final class StubEms implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
    private final ApiKey key;
    private final KeyType keyType;

    StubEms(ApiKey key, KeyType keyType) throws IOException {
        this.key = key;
        this.keyType = keyType;
        String expected = (keyType == KeyType.APP_KEY ? "AppKey " : "Bearer ") + key.reveal();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!expected.equals(request.getHeader("Authorization"))) {
                    return json(401, "{\"error\":\"Unauthorized\"}");
                }
                return answers.getOrDefault(request.getPath(), json(404, "{\"title\":\"Path not found.\"}"));
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    /** Answers GET {@code pathAndQuery} with 200 and this JSON. */
    StubEms answer(String pathAndQuery, String json) {
        return answer(pathAndQuery, json(200, json));
    }

    StubEms answer(String pathAndQuery, MockResponse response) {
        answers.put(pathAndQuery, response);
        return this;
    }

    /** The team's address, e.g. {@code http://127.0.0.1:41234}. */
    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** A session as a login with this key would leave it. */
    CelonisSession session() {
        EmsClient client = EmsClient.builder(EmsUrl.parse(url()), key, keyType).build();
        CloudUser user = new CloudUser("u-1", "notebook-app", null, "notebook-app", null, "Demo Team", "t-1", "demo",
                false, false, true, true, "en", "UTC");
        return new CelonisSession(new LoginResult(keyType, false, user, List.of(), Optional.empty(), client));
    }

    /** The next request EMS received; fails when none came within a second. */
    RecordedRequest takeRequest() throws InterruptedException {
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("EMS received no request");
        }
        return request;
    }

    int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
