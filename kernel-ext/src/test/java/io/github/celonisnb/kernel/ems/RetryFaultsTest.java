package io.github.celonisnb.kernel.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Fault;
import io.github.celonisnb.emulator.FaultRule;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.magics.ems.EmsClient;
import io.github.celonisnb.magics.ems.EmsLogin;
import io.github.celonisnb.magics.ems.EmsUrl;
import io.github.celonisnb.magics.ems.LoginOptions;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.ems.UnexpectedStatusException;
import io.github.celonisnb.magics.permissions.Service;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rate limiting and gateway errors from a real emulator: what is retried, how long the client waits, and the
 * message a notebook user reads when the retries run out (or were never asked for).
 */
class RetryFaultsTest {

    /** Generous room above a wait the client must make, for a slow machine; wrong waits are far off it. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    @RegisterExtension
    final KeyLeakGuard leaks = new KeyLeakGuard();

    private EmsEmulator emulator;
    private IssuedKey key;
    private String base;

    @BeforeEach
    void startEmulator() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().port(0).build());
        key = leaks.watch(emulator.createApplicationKey("retries",
                List.of(Grant.of(Service.EVENT_COLLECTION, "USE_ALL_DATA_MODELS"))));
        base = emulator.baseUrl().toString();
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void loginWaitsAsLongAsRetryAfterSaysThenSucceeds() {
        emulator.injectFault(FaultRule.onPath("/api/cloud", Fault.RATE_LIMITED).withTimes(1)
                .withRetryAfter(Duration.ofSeconds(2)));

        long started = System.nanoTime();
        LoginResult result = EmsLogin.login(EmulatorCredentials.of(base, key, KeyType.APP_KEY),
                LoginOptions.defaults().withRetries(1));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        result.client().close();

        assertEquals("retries", result.user().name());
        assertEquals(List.of("GET /api/cloud 429", "GET /api/cloud 200", "GET /api/cloud/permissions 200",
                "GET /api/team 200"), requests());
        // The default first backoff is 1 s: only honouring Retry-After makes the wait 2 s or more.
        assertAtLeast(Duration.ofSeconds(2), took);
        assertAtMost(Duration.ofSeconds(2).plus(SLACK), took);
        leaks.assertNoKeyInToString(result);
    }

    @Test
    void retryAfterLongerThanTheLongestWaitFailsAtOnceWithTheRateLimitMessage() {
        emulator.injectFault(FaultRule.everywhere(Fault.RATE_LIMITED).withRetryAfter(Duration.ofSeconds(20)));

        long started = System.nanoTime();
        try (EmsClient client = client(3, Duration.ofMillis(50), Duration.ofSeconds(1))) {
            UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, client::whoami);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals("EMS answered 429 for GET " + base + "/api/cloud: too many requests; wait a minute and"
                    + " try again. The server said: \"Rate limit exceeded. Retry later.\".", e.getMessage());
            assertEquals(429, e.status());
            assertEquals(List.of("GET /api/cloud 429"), requests());
            assertAtMost(SLACK, took);
            leaks.assertNoKeyIn(e);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"BAD_GATEWAY", "GATEWAY_TIMEOUT"})
    void gatewayErrorsAreRetriedWithDoublingBackoffUpToTheLimitThenFail(Fault fault) {
        emulator.injectFault(FaultRule.everywhere(fault));

        long started = System.nanoTime();
        try (EmsClient client = client(3, Duration.ofMillis(100), Duration.ofSeconds(5))) {
            UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, client::whoami);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals("EMS answered " + fault.status() + " for GET " + base + "/api/cloud: the server had a"
                    + " problem; try again later.", e.getMessage());
            String attempt = "GET /api/cloud " + fault.status();
            assertEquals(List.of(attempt, attempt, attempt, attempt), requests(), "one try and three retries");
            // 100 + 200 + 400 ms; a constant delay would wait 300 ms.
            assertAtLeast(Duration.ofMillis(700), took);
            assertAtMost(Duration.ofMillis(700).plus(SLACK), took);
            leaks.assertNoKeyIn(e);
        }
    }

    @Test
    void serviceUnavailableIsRetriedAfterItsRetryAfterThenFails() {
        emulator.injectFault(FaultRule.everywhere(Fault.SERVICE_UNAVAILABLE).withRetryAfter(Duration.ofSeconds(1)));

        long started = System.nanoTime();
        try (EmsClient client = client(1, Duration.ofMillis(50), Duration.ofSeconds(5))) {
            UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, client::whoami);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals("EMS answered 503 for GET " + base + "/api/cloud: the server had a problem; try again"
                    + " later.", e.getMessage());
            assertEquals(List.of("GET /api/cloud 503", "GET /api/cloud 503"), requests());
            assertAtLeast(Duration.ofSeconds(1), took);
            assertAtMost(Duration.ofSeconds(1).plus(SLACK), took);
            leaks.assertNoKeyIn(e);
        }
    }

    @Test
    void aLoginWithDefaultOptionsDoesNotRetry() {
        emulator.injectFault(FaultRule.everywhere(Fault.BAD_GATEWAY).withTimes(1));

        UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class,
                () -> EmsLogin.login(EmulatorCredentials.of(base, key, KeyType.APP_KEY)));

        assertEquals("EMS answered 502 for GET " + base + "/api/cloud: the server had a problem; try again later.",
                e.getMessage());
        assertEquals(List.of("GET /api/cloud 502"), requests());
        leaks.assertNoKeyIn(e);
    }

    @Test
    void aClientWithDefaultSettingsDoesNotRetryARateLimit() {
        emulator.injectFault(FaultRule.everywhere(Fault.RATE_LIMITED).withTimes(1).withRetryAfter(Duration.ZERO));

        try (EmsClient client = EmsClient.builder(EmsUrl.parse(base), ApiKey.of(key.value()), KeyType.APP_KEY)
                .build()) {
            UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, client::permissions);

            assertEquals("EMS answered 429 for GET " + base + "/api/cloud/permissions: too many requests; wait a"
                    + " minute and try again. The server said: \"Rate limit exceeded. Retry later.\".", e.getMessage());
            assertEquals(List.of("GET /api/cloud/permissions 429"), requests());
            leaks.assertNoKeyIn(e);
            leaks.assertNoKeyInToString(client);
        }
    }

    private EmsClient client(int retries, Duration retryDelay, Duration maxRetryDelay) {
        return EmsClient.builder(EmsUrl.parse(base), ApiKey.of(key.value()), KeyType.APP_KEY)
                .retries(retries).retryDelay(retryDelay).maxRetryDelay(maxRetryDelay).build();
    }

    private List<String> requests() {
        return EmulatorRequests.lines(emulator);
    }

    private static void assertAtLeast(Duration expected, Duration actual) {
        assertTrue(actual.compareTo(expected) >= 0, "waited " + actual.toMillis()
                + " ms, expected at least " + expected.toMillis() + " ms");
    }

    private static void assertAtMost(Duration bound, Duration actual) {
        assertTrue(actual.compareTo(bound) <= 0, "took " + actual.toMillis()
                + " ms, expected at most " + bound.toMillis() + " ms");
    }
}
