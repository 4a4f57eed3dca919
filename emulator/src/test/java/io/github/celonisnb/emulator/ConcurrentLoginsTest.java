package io.github.celonisnb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.celonisnb.magics.permissions.Service;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many notebooks logging in at once: each login is the three GETs of PyCelonis' sequence with its own
 * key, checked for the right owner and the right permissions so that crossed answers would show.
 * A first round warms the JVM up; both rounds are checked, the second is measured. Throughput and
 * latency are printed, never asserted.
 */
class ConcurrentLoginsTest {

    private static final int LOGINS = 200;
    private static final List<String> ALL_TEAM_RIGHTS = List.of("MANAGE_SSO_SETTINGS", "MANAGE_LICENSE_SETTINGS",
            "MANAGE_MEMBERS", "MANAGE_UPLINK_INTEGRATIONS", "MANAGE_GENERAL_SETTINGS", "MANAGE_GROUPS",
            "MANAGE_PERMISSIONS", "MANAGE_APPLICATIONS", "MANAGE_ADMIN_NOTIFICATIONS", "IMPORT_MEMBERS",
            "MANAGE_MEMBER_LOCKING_POLICY");

    @Test
    void twoHundredConcurrentLoginsAllGetTheirOwnRightAnswers() throws Exception {
        try (EmsEmulator emulator = EmsEmulator.start(EmulatorConfig.builder().build())) {
            List<Login> logins = new ArrayList<>();
            for (int i = 0; i < LOGINS; i++) {
                logins.add(i % 2 == 0 ? appLogin(emulator, i) : userLogin(emulator, i));
            }
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            TestHttp http = new TestHttp(emulator.baseUrl(), client);

            Round warmUp = runRound(http, logins);
            assertEquals(List.of(), warmUp.problems(), "warm-up round");
            emulator.clearRecordedRequests();
            Round measured = runRound(http, logins);
            assertEquals(List.of(), measured.problems(), "measured round");
            assertEquals(LOGINS, measured.latenciesNanos().size());

            Map<Optional<String>, Long> requestsPerKey = emulator.recordedRequests().stream()
                    .collect(Collectors.groupingBy(RecordedRequest::keyId, Collectors.counting()));
            assertEquals(logins.stream().map(l -> Optional.of(l.key().id())).collect(Collectors.toSet()),
                    requestsPerKey.keySet());
            assertEquals(List.of(3L), requestsPerKey.values().stream().distinct().toList());
            assertEquals(List.of(200), emulator.recordedRequests().stream().map(RecordedRequest::status).distinct().toList());

            System.out.printf("[load] %d concurrent logins (3 GETs each), warm-up round %d ms; measured round: "
                            + "%.0f logins/s, p50 %d ms, p99 %d ms, max %d ms (%d CPUs)%n",
                    LOGINS, TimeUnit.NANOSECONDS.toMillis(warmUp.wallNanos()), LOGINS / (measured.wallNanos() / 1e9),
                    measured.percentileMillis(0.50), measured.percentileMillis(0.99), measured.percentileMillis(1.0),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** All logins at once: every thread waits at the gate, then logs in. */
    private static Round runRound(TestHttp http, List<Login> logins) throws Exception {
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(logins.size());
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(logins.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Login login : logins) {
                running.add(threads.submit(() -> {
                    ready.countDown();
                    try {
                        gate.await();
                        long started = System.nanoTime();
                        checkLogin(http, login).ifPresent(problems::add);
                        latencies.add(System.nanoTime() - started);
                    } catch (Exception e) {
                        problems.add(login.name() + ": " + e.getClass().getSimpleName());
                    }
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            long started = System.nanoTime();
            gate.countDown();
            for (Future<?> future : running) {
                future.get(60, TimeUnit.SECONDS);
            }
            return new Round(List.copyOf(problems), List.copyOf(latencies), System.nanoTime() - started);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Optional<String> checkLogin(TestHttp http, Login login) {
        HttpResponse<String> me = http.get("/api/cloud", login.key());
        if (me.statusCode() != 200) {
            return Optional.of(login.name() + ": /api/cloud answered " + me.statusCode());
        }
        JsonNode user = TestHttp.json(me);
        if (!user.get("id").asText().equals(login.key().principalId()) || !user.get("name").asText().equals(login.name())) {
            return Optional.of(login.name() + ": /api/cloud answered for " + user.get("name").asText());
        }
        Map<String, List<String>> byService = new LinkedHashMap<>();
        for (JsonNode entry : TestHttp.json(http.get("/api/cloud/permissions", login.key()))) {
            List<String> names = new ArrayList<>();
            entry.get("permissions").forEach(n -> names.add(n.asText()));
            byService.put(entry.get("serviceName").asText(), names);
        }
        if (!byService.equals(login.expectedPermissions())) {
            return Optional.of(login.name() + ": permissions " + byService + " instead of " + login.expectedPermissions());
        }
        HttpResponse<String> team = http.get("/api/team", login.key());
        if (team.statusCode() != 200 || !TestHttp.json(team).get("domain").asText().equals("demo")) {
            return Optional.of(login.name() + ": /api/team answered " + team.statusCode());
        }
        return Optional.empty();
    }

    private static Login appLogin(EmsEmulator emulator, int i) {
        String permission = i % 4 == 0 ? "GET" : "LIST";
        IssuedKey key = emulator.createApplicationKey("app-" + i, List.of(Grant.of(Service.STORAGE_MANAGER, permission)));
        return new Login(key.name(), key, expected(Map.of(Service.STORAGE_MANAGER, List.of(permission))));
    }

    private static Login userLogin(EmsEmulator emulator, int i) {
        boolean admin = i % 10 == 1;
        IssuedKey key = emulator.createUserKey("User " + i, "user" + i + "@example.test", admin,
                List.of(Grant.of(Service.ML_WORKBENCH, "VIEW_CONFIGURATION")));
        return new Login(key.name(), key, expected(Map.of(Service.ML_WORKBENCH, List.of("VIEW_CONFIGURATION"),
                Service.TEAM, admin ? ALL_TEAM_RIGHTS : List.of())));
    }

    private static Map<String, List<String>> expected(Map<Service, List<String>> granted) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        Service.inServerOrder().forEach(s -> all.put(s.serviceName(), granted.getOrDefault(s, List.of())));
        return all;
    }

    private record Login(String name, IssuedKey key, Map<String, List<String>> expectedPermissions) {
    }

    private record Round(List<String> problems, List<Long> latenciesNanos, long wallNanos) {

        long percentileMillis(double fraction) {
            List<Long> sorted = latenciesNanos.stream().sorted().toList();
            int index = Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(fraction * sorted.size()) - 1));
            return TimeUnit.NANOSECONDS.toMillis(sorted.get(index));
        }
    }
}
