package io.github.celonisnb.magics.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.testing.TestKeys;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries on 429, 502, 503 and 504, with waits recorded rather than slept. */
class RetryTest {

    private final ApiKey key = TestKeys.newKey();
    private final List<Duration> waits = new ArrayList<>();
    private MockWebServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = MockEms.start();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    private EmsClient client(int retries) {
        return EmsClient.builder(MockEms.urlOf(server), key, KeyType.APP_KEY)
                .retries(retries)
                .sleeper(waits::add)
                .build();
    }

    @Test
    void doesNotRetryByDefault() {
        server.enqueue(new MockResponse().setResponseCode(503));
        try (EmsClient client = EmsClient.builder(MockEms.urlOf(server), key, KeyType.APP_KEY).build()) {
            assertThrows(UnexpectedStatusException.class, client::team);
        }
        assertEquals(1, server.getRequestCount());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {429, 502, 503, 504})
    void retriesATransientFailureUntilItSucceeds(int status) throws InterruptedException {
        server.enqueue(new MockResponse().setResponseCode(status));
        server.enqueue(new MockResponse().setResponseCode(status));
        server.enqueue(MockEms.json(MockEms.TEAM));
        try (EmsClient client = client(3)) {
            assertEquals("demo", client.team().domain());
        }
        assertEquals(3, server.getRequestCount());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
        for (int i = 0; i < 3; i++) {
            assertEquals("AppKey " + key.reveal(), server.takeRequest().getHeader("Authorization"));
        }
    }

    @Test
    void doesNotRetryOtherFailures() {
        server.enqueue(new MockResponse().setResponseCode(500));
        try (EmsClient client = client(3)) {
            assertThrows(UnexpectedStatusException.class, client::team);
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void givesUpAfterTheLastRetryWithTheLastAnswer() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(502));
        }
        server.enqueue(new MockResponse().setResponseCode(504));
        try (EmsClient client = client(3)) {
            UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, client::team);
            assertEquals(504, e.status());
        }
        assertEquals(4, server.getRequestCount());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
    }

    @Test
    void waitsAsLongAsRetryAfterSays() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));
        server.enqueue(MockEms.json(MockEms.TEAM));
        try (EmsClient client = client(1)) {
            client.team();
        }
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
    }

    @Test
    void givesUpAtOnceWhenRetryAfterAsksForTooLong() {
        server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "3600"));
        try (EmsClient client = client(5)) {
            assertEquals(503, assertThrows(UnexpectedStatusException.class, client::team).status());
        }
        assertEquals(1, server.getRequestCount());
        assertEquals(List.of(), waits);
    }

    @Test
    void readsRetryAfterAsAnHttpDate() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZoneOffset.UTC);
        RetryInterceptor retry = new RetryInterceptor(3, Duration.ofSeconds(1), Duration.ofSeconds(30), waits::add,
                clock);
        assertEquals(Optional.of(Duration.ofSeconds(12)), retry.delayBefore(1, "Wed, 01 Jan 2025 12:00:12 GMT"));
        assertEquals(Optional.of(Duration.ZERO), retry.delayBefore(1, "Wed, 01 Jan 2025 11:00:00 GMT"));
        assertEquals(Optional.empty(), retry.delayBefore(1, "Wed, 01 Jan 2025 13:00:00 GMT"));
        assertEquals(Optional.of(Duration.ofSeconds(4)), retry.delayBefore(3, "soon"));
        assertEquals(Optional.of(Duration.ofSeconds(30)), retry.delayBefore(9, null));
    }
}
