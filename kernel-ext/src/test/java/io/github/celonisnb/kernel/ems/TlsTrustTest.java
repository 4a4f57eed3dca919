package io.github.celonisnb.kernel.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.magics.ems.CloudUser;
import io.github.celonisnb.magics.ems.EmsClient;
import io.github.celonisnb.magics.ems.EmsConnectionException;
import io.github.celonisnb.magics.ems.EmsLogin;
import io.github.celonisnb.magics.ems.EmsUrl;
import io.github.celonisnb.magics.ems.LoginOptions;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.permissions.Service;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The emulator with TLS, whose certificate authority is made at its start: a login fails the handshake unless
 * the client trusts that very CA, and then succeeds. No key crosses an unverified connection.
 */
class TlsTrustTest {

    private static EmsEmulator emulator;
    private static Path caFile;

    @RegisterExtension
    final KeyLeakGuard leaks = new KeyLeakGuard();

    private IssuedKey key;

    @BeforeAll
    static void startTlsEmulator() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().port(0).tls(true).build());
        caFile = emulator.tls().orElseThrow().caCertificateFile();
    }

    @AfterAll
    static void stopTlsEmulator() {
        emulator.close();
    }

    @BeforeEach
    void makeKey() {
        key = leaks.watch(emulator.createApplicationKey("tls", List.of(Grant.of(Service.STORAGE_MANAGER, "GET"))));
        emulator.clearRecordedRequests();
    }

    @Test
    void aLoginThatDoesNotTrustTheEmulatorsCaFailsWithTheTlsMessage() {
        String base = emulator.baseUrl().toString();

        EmsConnectionException e = assertThrows(EmsConnectionException.class,
                () -> EmsLogin.login(EmulatorCredentials.of(base, key, KeyType.APP_KEY)));

        assertEquals(tlsMessage(emulator.port(), base), e.getMessage());
        assertEquals(EmsConnectionException.Reason.TLS_FAILURE, e.reason());
        assertEquals(List.of(), EmulatorRequests.lines(emulator), "no request was sent over the unverified connection");
        leaks.assertNoKeyIn(e);
    }

    @Test
    void aLoginThatTrustsTheEmulatorsCaFileSucceeds() {
        LoginResult result = EmsLogin.login(EmulatorCredentials.of(emulator.baseUrl().toString(), key, KeyType.APP_KEY),
                LoginOptions.defaults().withTrustedCertificates(caFile));
        result.client().close();

        assertEquals("tls", result.user().name());
        assertEquals(List.of("GET /api/cloud 200", "GET /api/cloud/permissions 200", "GET /api/team 200"),
                EmulatorRequests.lines(emulator));
        leaks.assertNoKeyInToString(result);
    }

    @Test
    void aClientTrustingTheCaFileReachesTheEmulatorByItsHostNameToo() {
        EmsUrl url = EmsUrl.parse("https://localhost:" + emulator.port());
        try (EmsClient client = EmsClient.builder(url, ApiKey.of(key.value()), KeyType.APP_KEY)
                .trustCertificates(caFile).build()) {
            CloudUser user = client.whoami();

            assertEquals(key.principalId(), user.id());
        }
    }

    @Test
    void trustingAnotherEmulatorsCaIsNotEnough() {
        Path otherCa;
        try (EmsEmulator other = EmsEmulator.start(EmulatorConfig.builder().port(0).tls(true).build())) {
            otherCa = other.tls().orElseThrow().caCertificateFile();
            String base = emulator.baseUrl().toString();

            EmsConnectionException e = assertThrows(EmsConnectionException.class, () -> EmsLogin.login(
                    EmulatorCredentials.of(base, key, KeyType.APP_KEY),
                    LoginOptions.defaults().withTrustedCertificates(otherCa)));

            assertEquals(tlsMessage(emulator.port(), base), e.getMessage());
            leaks.assertNoKeyIn(e);
        }
        assertEquals(List.of(), EmulatorRequests.lines(emulator));
    }

    @Test
    void httpsToAnEmulatorWithoutTlsFailsWithTheTlsMessageWithinTheConnectTimeout() {
        // The emulator's HTTP server waits for a request line that a TLS greeting never completes: no answer at
        // all, unlike servers that reply 400 to the greeting at once.
        try (EmsEmulator plain = EmsEmulator.start(EmulatorConfig.builder().port(0).build())) {
            IssuedKey plainKey = leaks.watch(plain.createApplicationKey("plain", List.of()));
            String base = "https://127.0.0.1:" + plain.port();
            LoginOptions options = LoginOptions.defaults().withConnectTimeout(Duration.ofSeconds(1))
                    .withReadTimeout(Duration.ofSeconds(30));

            long started = System.nanoTime();
            EmsConnectionException e = assertThrows(EmsConnectionException.class,
                    () -> EmsLogin.login(EmulatorCredentials.of(base, plainKey, KeyType.APP_KEY), options));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals(tlsMessage(plain.port(), base), e.getMessage());
            assertEquals(EmsConnectionException.Reason.TLS_FAILURE, e.reason());
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "the handshake is bounded by the 1 s connect"
                    + " timeout, not the 30 s read timeout; took " + took.toMillis() + " ms");
            assertEquals(List.of(), EmulatorRequests.lines(plain));
            leaks.assertNoKeyIn(e);
        }
    }

    private static String tlsMessage(int port, String base) {
        return "TLS with 127.0.0.1:" + port + " failed (GET " + base + "/api/cloud): the certificate is not trusted or"
                + " not for this host, or the server does not speak HTTPS; check the EMS URL (the emulator without TLS"
                + " needs http://), and if a proxy or private CA signs the certificate, trust its CA file.";
    }
}
