package io.github.celonisnb.magics.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.testing.TestKeys;
import java.io.IOException;
import java.net.InetAddress;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key follows a redirect on the team's own host, and never one to another host. */
class RedirectTest {

    private final ApiKey key = TestKeys.newKey();
    private MockWebServer team;
    private MockWebServer elsewhere;

    @BeforeEach
    void startServers() throws IOException {
        team = MockEms.start();
        elsewhere = new MockWebServer();
        elsewhere.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stopServers() throws IOException {
        team.shutdown();
        elsewhere.shutdown();
    }

    @Test
    void dropsTheKeyOnARedirectToAnotherHost() throws InterruptedException {
        team.enqueue(new MockResponse().setResponseCode(302)
                .setHeader("Location", "http://localhost:" + elsewhere.getPort() + "/login"));
        elsewhere.enqueue(MockEms.json(MockEms.TEAM));
        try (EmsClient client = EmsClient.builder(MockEms.urlOf(team), key, KeyType.APP_KEY).build()) {
            client.team();
        }
        assertEquals("AppKey " + key.reveal(), team.takeRequest().getHeader("Authorization"));
        RecordedRequest followed = elsewhere.takeRequest();
        assertEquals("/login", followed.getPath());
        assertNull(followed.getHeader("Authorization"));
    }

    @Test
    void dropsTheKeyOnARedirectToAnotherPortOfTheSameHost() throws InterruptedException {
        team.enqueue(new MockResponse().setResponseCode(307)
                .setHeader("Location", "http://127.0.0.1:" + elsewhere.getPort() + "/api/team"));
        elsewhere.enqueue(MockEms.json(MockEms.TEAM));
        try (EmsClient client = EmsClient.builder(MockEms.urlOf(team), key, KeyType.USER_KEY).build()) {
            client.team();
        }
        team.takeRequest();
        assertNull(elsewhere.takeRequest().getHeader("Authorization"));
    }

    @Test
    void blamesTheRedirectNotTheKeyWhenTheOtherHostRefusesTheRequest() {
        team.enqueue(new MockResponse().setResponseCode(302)
                .setHeader("Location", "http://localhost:" + elsewhere.getPort() + "/api/cloud?next=x"));
        elsewhere.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":\"Unauthorized\"}"));
        try (EmsClient client = EmsClient.builder(MockEms.urlOf(team), key, KeyType.APP_KEY).build()) {
            RedirectedElsewhereException e = assertThrows(RedirectedElsewhereException.class, client::whoami);
            assertEquals("GET " + MockEms.urlOf(team) + "/api/cloud was redirected to another host, http://localhost:"
                    + elsewhere.getPort() + ", which answered 401: the key is never sent to another host. Check the"
                    + " EMS URL; if the team's address is now http://localhost:" + elsewhere.getPort() + ", log in"
                    + " with that.", e.getMessage());
            assertEquals("http://localhost:" + elsewhere.getPort(), e.redirectedTo());
        }
    }

    @Test
    void keepsTheKeyOnARedirectWithinTheTeamsHost() throws InterruptedException {
        team.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/api/team/"));
        team.enqueue(MockEms.json(MockEms.TEAM));
        try (EmsClient client = EmsClient.builder(MockEms.urlOf(team), key, KeyType.APP_KEY).build()) {
            client.team();
        }
        team.takeRequest();
        RecordedRequest followed = team.takeRequest();
        assertEquals("/api/team/", followed.getPath());
        assertEquals("AppKey " + key.reveal(), followed.getHeader("Authorization"));
    }

    @Test
    void removesTheKeyFromAnyRequestForAnotherOrigin() throws IOException, InterruptedException {
        OkHttpClient http = new OkHttpClient.Builder()
                .addNetworkInterceptor(new OriginGuard(MockEms.urlOf(team)))
                .build();
        elsewhere.enqueue(new MockResponse());
        Request request = new Request.Builder()
                .url("http://127.0.0.1:" + elsewhere.getPort() + "/x")
                .header("Authorization", "AppKey " + key.reveal())
                .build();
        try (Response response = http.newCall(request).execute()) {
            assertEquals(200, response.code());
        }
        assertNull(elsewhere.takeRequest().getHeader("Authorization"));
    }
}
