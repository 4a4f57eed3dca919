package io.github.celonisnb.kernel.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Fault;
import io.github.celonisnb.emulator.FaultRule;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.magics.ems.EmsConnectionException;
import io.github.celonisnb.magics.ems.EmsLogin;
import io.github.celonisnb.magics.ems.LoginOptions;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.permissions.Service;
import io.github.celonisnb.magics.secrets.KeyType;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No usable answer from a real emulator: too slow, a dropped connection, nothing listening, a host name that does
 * not resolve. Each gives its own message naming where the login tried to go.
 */
class ConnectionFaultsTest {

    @RegisterExtension
    final KeyLeakGuard leaks = new KeyLeakGuard();

    private EmsEmulator emulator;
    private IssuedKey key;
    private String base;

    @BeforeEach
    void startEmulator() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().port(0).build());
        key = leaks.watch(emulator.createApplicationKey("connections",
                List.of(Grant.of(Service.STORAGE_MANAGER, "LIST"))));
        base = emulator.baseUrl().toString();
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutGivesTheTimeoutMessage() {
        emulator.injectFault(FaultRule.everywhere(Fault.SLOW_RESPONSE).withDelay(Duration.ofSeconds(2)));

        EmsConnectionException e = assertThrows(EmsConnectionException.class, () -> login(
                LoginOptions.defaults().withReadTimeout(Duration.ofMillis(300))));

        assertEquals("No answer from 127.0.0.1:" + emulator.port() + " within 300 ms (GET " + base + "/api/cloud): the"
                + " server is slow or stuck; try again later, or allow a longer read timeout.", e.getMessage());
        assertEquals(EmsConnectionException.Reason.READ_TIMEOUT, e.reason());
        leaks.assertNoKeyIn(e);
    }

    @Test
    void aSlowAnswerWithinTheReadTimeoutLogsIn() {
        emulator.injectFault(FaultRule.onPath("/api/cloud", Fault.SLOW_RESPONSE).withTimes(1)
                .withDelay(Duration.ofMillis(200)));

        LoginResult result = login(LoginOptions.defaults().withReadTimeout(Duration.ofSeconds(5)));
        result.client().close();

        assertEquals("connections", result.user().name());
    }

    @Test
    void aConnectionDroppedOnTheFirstRequestGivesTheConnectionMessage() {
        emulator.injectFault(FaultRule.everywhere(Fault.DROP_CONNECTION).withTimes(1));

        EmsConnectionException e = assertThrows(EmsConnectionException.class, () -> login(LoginOptions.defaults()));

        assertEquals(droppedMessage("/api/cloud"), e.getMessage());
        assertEquals(EmsConnectionException.Reason.OTHER, e.reason());
        assertEquals(List.of("GET /api/cloud 0"), EmulatorRequests.lines(emulator),
                "OkHttp does not try a new connection again that failed before its first answer");
        leaks.assertNoKeyIn(e);
    }

    @Test
    void aSingleDropOnAKeptAliveConnectionIsRetriedSilentlyAndTheLoginSucceeds() {
        emulator.injectFault(FaultRule.onPath("/api/cloud/permissions", Fault.DROP_CONNECTION).withTimes(1));

        LoginResult result = login(LoginOptions.defaults());
        result.client().close();

        assertEquals("connections", result.user().name());
        assertEquals(List.of("GET /api/cloud 200", "GET /api/cloud/permissions 0", "GET /api/cloud/permissions 200",
                "GET /api/team 200"), EmulatorRequests.lines(emulator));
    }

    @Test
    void connectionsDroppedOnTheSilentRetryTooGiveTheConnectionMessage() {
        emulator.injectFault(FaultRule.onPath("/api/cloud/permissions", Fault.DROP_CONNECTION).withTimes(2));

        EmsConnectionException e = assertThrows(EmsConnectionException.class, () -> login(LoginOptions.defaults()));

        assertEquals(droppedMessage("/api/cloud/permissions"), e.getMessage());
        assertEquals(List.of("GET /api/cloud 200", "GET /api/cloud/permissions 0", "GET /api/cloud/permissions 0"),
                EmulatorRequests.lines(emulator));
        leaks.assertNoKeyIn(e);
    }

    @Test
    void anEmulatorThatDropsEveryConnectionGivesTheConnectionMessage() {
        emulator.injectFault(FaultRule.everywhere(Fault.DROP_CONNECTION));

        EmsConnectionException e = assertThrows(EmsConnectionException.class, () -> login(LoginOptions.defaults()));

        assertEquals(droppedMessage("/api/cloud"), e.getMessage());
        leaks.assertNoKeyIn(e);
    }

    @Test
    void aStoppedEmulatorGivesConnectionRefusedNamingHostAndPort() {
        int port = emulator.port();
        emulator.close();

        EmsConnectionException e = assertThrows(EmsConnectionException.class, () -> login(LoginOptions.defaults()));

        assertEquals("Connection refused by 127.0.0.1:" + port + " (GET http://127.0.0.1:" + port + "/api/cloud):"
                + " nothing is listening there; check the EMS URL and port, and if it is the emulator, that it is"
                + " running.", e.getMessage());
        assertEquals(EmsConnectionException.Reason.CONNECTION_REFUSED, e.reason());
        assertEquals("127.0.0.1", e.host());
        assertEquals(port, e.port());
        leaks.assertNoKeyIn(e);
    }

    @Test
    void aHostNameThatDoesNotResolveGivesUnknownHostNamingHostAndPort() {
        Dns nothingResolves = hostname -> {
            throw new UnknownHostException(hostname + ": Name or service not known");
        };
        String url = "https://acme.example.invalid:8443";

        EmsConnectionException e = assertThrows(EmsConnectionException.class, () -> EmsLogin.login(
                EmulatorCredentials.of(url, key, KeyType.APP_KEY), LoginOptions.defaults().withDns(nothingResolves)));

        assertEquals("Cannot find host acme.example.invalid (GET https://acme.example.invalid:8443/api/cloud): check"
                + " the EMS URL for typos, and that this machine can reach the network.", e.getMessage());
        assertEquals(EmsConnectionException.Reason.UNKNOWN_HOST, e.reason());
        assertEquals("acme.example.invalid", e.host());
        assertEquals(8443, e.port());
        assertEquals(List.of(), EmulatorRequests.lines(emulator));
        leaks.assertNoKeyIn(e);
    }

    private String droppedMessage(String path) {
        return "The connection to 127.0.0.1:" + emulator.port() + " failed (GET " + base + path + ") (IOException):"
                + " check the network and try again.";
    }

    private LoginResult login(LoginOptions options) {
        return EmsLogin.login(EmulatorCredentials.of(base, key, KeyType.APP_KEY), options);
    }
}
