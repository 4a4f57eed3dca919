package io.github.celonisnb.kernel.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.RecordedRequest;
import io.github.celonisnb.magics.ems.EmsLogin;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.ems.ServicePermissions;
import io.github.celonisnb.magics.permissions.Service;
import io.github.celonisnb.magics.secrets.KeyType;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two hundred notebooks logging in to one emulator at once through the product's own login (three GETs each:
 * who am I, permissions, team), with application keys, user keys and admins mixed. Every result is checked
 * against its own key's owner and grants, so an answer crossed between logins would fail the test. A first
 * round warms the JVM up; both are checked and the second is measured. The figures are printed, never asserted.
 */
class ConcurrentEmsLoginsTest {

    private static final int LOGINS = 200;
    private static final List<String> ALL_TEAM_RIGHTS = List.of("MANAGE_SSO_SETTINGS", "MANAGE_LICENSE_SETTINGS",
            "MANAGE_MEMBERS", "MANAGE_UPLINK_INTEGRATIONS", "MANAGE_GENERAL_SETTINGS", "MANAGE_GROUPS",
            "MANAGE_PERMISSIONS", "MANAGE_APPLICATIONS", "MANAGE_ADMIN_NOTIFICATIONS", "IMPORT_MEMBERS",
            "MANAGE_MEMBER_LOCKING_POLICY");

    @RegisterExtension
    final KeyLeakGuard leaks = new KeyLeakGuard();

    @Test
    void twoHundredConcurrentLoginsEachGetTheirOwnKeysIdentityAndPermissions() throws Exception {
        try (EmsEmulator emulator = EmsEmulator.start(EmulatorConfig.builder().port(0).build())) {
            String base = emulator.baseUrl().toString();
            List<Login> logins = new ArrayList<>();
            for (int i = 0; i < LOGINS; i++) {
                logins.add(i % 2 == 0 ? appLogin(emulator, i) : userLogin(emulator, i));
            }

            Round warmUp = runRound(base, logins);
            assertEquals(List.of(), warmUp.problems(), "warm-up round");
            emulator.clearRecordedRequests();
            Round measured = runRound(base, logins);
            assertEquals(List.of(), measured.problems(), "measured round");

            Map<Optional<String>, Long> requestsPerKey = emulator.recordedRequests().stream()
                    .collect(Collectors.groupingBy(RecordedRequest::keyId, Collectors.counting()));
            assertEquals(logins.stream().map(l -> Optional.of(l.key().id())).collect(Collectors.toSet()),
                    requestsPerKey.keySet(), "every request was made with a known key");
            assertEquals(List.of(3L), requestsPerKey.values().stream().distinct().toList(), "three GETs per login");
            assertEquals(List.of(200), emulator.recordedRequests().stream().map(RecordedRequest::status).distinct()
                    .toList());

            System.out.printf("[load] %d concurrent EmsLogin logins (3 GETs each; %d app keys, %d user keys, %d of"
                            + " them admins), warm-up round %d ms; measured round: %.0f logins/s, p50 %d ms, p99 %d ms,"
                            + " max %d ms (%d CPUs)%n",
                    LOGINS, logins.stream().filter(l -> l.keyType() == KeyType.APP_KEY).count(),
                    logins.stream().filter(l -> l.keyType() == KeyType.USER_KEY).count(),
                    logins.stream().filter(Login::admin).count(),
                    TimeUnit.NANOSECONDS.toMillis(warmUp.wallNanos()), LOGINS / (measured.wallNanos() / 1e9),
                    measured.percentileMillis(0.50), measured.percentileMillis(0.99), measured.percentileMillis(1.0),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** All logins at once: every thread waits at the gate, then logs in and checks what it got. */
    private Round runRound(String base, List<Login> logins) throws Exception {
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
                        LoginResult result = EmsLogin.login(EmulatorCredentials.of(base, login.key(), login.keyType()));
                        latencies.add(System.nanoTime() - started);
                        result.client().close();
                        check(login, result).ifPresent(problems::add);
                    } catch (Exception e) {
                        leaks.assertNoKeyIn(e);
                        problems.add(login.key().name() + ": " + e.getMessage());
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

    private static Optional<String> check(Login login, LoginResult result) {
        String name = login.key().name();
        if (result.keyType() != login.keyType() || result.keyTypeDetected()) {
            return Optional.of(name + ": accepted as " + result.keyType());
        }
        if (!login.key().principalId().equals(result.user().id()) || !name.equals(result.user().name())
                || !Boolean.valueOf(login.admin()).equals(result.user().admin())) {
            return Optional.of(name + ": logged in as " + result.user().name() + " (" + result.user().id() + ")");
        }
        if (!result.permissions().equals(login.expectedPermissions())) {
            return Optional.of(name + ": permissions " + result.permissions() + " instead of "
                    + login.expectedPermissions());
        }
        if (result.team().isEmpty() || !"demo".equals(result.team().get().domain())) {
            return Optional.of(name + ": team " + result.team());
        }
        return Optional.empty();
    }

    private Login appLogin(EmsEmulator emulator, int i) {
        Map<Service, List<String>> granted = switch (i % 6) {
            case 0 -> Map.of(Service.STORAGE_MANAGER, List.of("GET"));
            case 2 -> Map.of(Service.STORAGE_MANAGER, List.of("LIST"));
            default -> Map.of(Service.EVENT_COLLECTION, List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS"));
        };
        IssuedKey key = leaks.watch(emulator.createApplicationKey("app-" + i, grants(granted)));
        return new Login(key, KeyType.APP_KEY, false, expected(granted));
    }

    private Login userLogin(EmsEmulator emulator, int i) {
        boolean admin = i % 10 == 1;
        Map<Service, List<String>> granted = i % 4 == 1
                ? Map.of(Service.ML_WORKBENCH, List.of("VIEW_CONFIGURATION"))
                : Map.of(Service.ML_WORKBENCH, List.of("EDIT_SCHEDULERS", "USE_ALL_SCHEDULERS"));
        IssuedKey key = leaks.watch(emulator.createUserKey("User " + i, "user" + i + "@example.test", admin,
                grants(granted)));
        Map<Service, List<String>> held = new LinkedHashMap<>(granted);
        if (admin) {
            held.put(Service.TEAM, ALL_TEAM_RIGHTS);
        }
        return new Login(key, KeyType.USER_KEY, admin, expected(held));
    }

    private static List<Grant> grants(Map<Service, List<String>> granted) {
        return granted.entrySet().stream()
                .map(e -> Grant.of(e.getKey(), e.getValue().toArray(String[]::new)))
                .toList();
    }

    /** Every service in server order, with what was granted and none elsewhere. */
    private static List<ServicePermissions> expected(Map<Service, List<String>> held) {
        return Service.inServerOrder().stream()
                .map(s -> new ServicePermissions(s.serviceName(), held.getOrDefault(s, List.of())))
                .toList();
    }

    private record Login(IssuedKey key, KeyType keyType, boolean admin, List<ServicePermissions> expectedPermissions) {
    }

    private record Round(List<String> problems, List<Long> latenciesNanos, long wallNanos) {

        long percentileMillis(double fraction) {
            List<Long> sorted = latenciesNanos.stream().sorted().toList();
            int index = Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(fraction * sorted.size()) - 1));
            return TimeUnit.NANOSECONDS.toMillis(sorted.get(index));
        }
    }
}
