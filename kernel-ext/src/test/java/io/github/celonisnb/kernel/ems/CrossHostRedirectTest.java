package io.github.celonisnb.kernel.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.magics.ems.EmsException;
import io.github.celonisnb.magics.ems.EmsLogin;
import io.github.celonisnb.magics.permissions.Service;
import io.github.celonisnb.magics.secrets.KeyType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A team URL that redirects to another host (here: another port on 127.0.0.1, which is another origin): the key
 * goes to the team's own address only, never along the redirect, and the user is told where it led.
 */
class CrossHostRedirectTest {

    @RegisterExtension
    final KeyLeakGuard leaks = new KeyLeakGuard();

    private EmsEmulator emulator;
    private IssuedKey appKey;
    private IssuedKey userKey;

    @BeforeEach
    void startEmulator() {
        // Started before any other JDK HTTP server in this JVM, so that it can still switch on TCP_NODELAY.
        emulator = EmsEmulator.start(EmulatorConfig.builder().port(0).build());
        appKey = leaks.watch(emulator.createApplicationKey("redirected",
                List.of(Grant.of(Service.STORAGE_MANAGER, "LIST"))));
        userKey = leaks.watch(emulator.createUserKey("Bob Example", "bob@example.test", false, List.of()));
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"APP_KEY", "USER_KEY"})
    void aRedirectToTheEmulatorOnAnotherPortArrivesThereWithoutTheKey(KeyType keyType) {
        IssuedKey key = keyType == KeyType.APP_KEY ? appKey : userKey;
        try (LocalHttpServer team = LocalHttpServer.redirectingTo(emulator.baseUrl().toString())) {
            EmsException e = assertThrows(EmsException.class,
                    () -> EmsLogin.login(EmulatorCredentials.of(team.url(), key, keyType)));

            assertEquals(List.of("/api/cloud " + keyType.authorizationPrefix()), team.authorizations(),
                    "the team's own address gets the key");
            assertEquals(List.of("GET /api/cloud MISSING 401"), EmulatorRequests.linesWithScheme(emulator),
                    "the other host does not");
            assertEquals(redirectMessage(team, emulator.baseUrl().toString()), e.getMessage());
            leaks.assertNoKeyIn(e);
        }
    }

    @Test
    void aRedirectToAnotherLocalServerArrivesThereWithoutTheKey() {
        try (LocalHttpServer elsewhere = LocalHttpServer.unauthorized();
                LocalHttpServer team = LocalHttpServer.redirectingTo(elsewhere.url())) {
            EmsException e = assertThrows(EmsException.class,
                    () -> EmsLogin.login(EmulatorCredentials.of(team.url(), appKey, KeyType.APP_KEY)));

            assertEquals(List.of("/api/cloud AppKey"), team.authorizations());
            assertEquals(List.of("/api/cloud none"), elsewhere.authorizations());
            assertEquals(redirectMessage(team, elsewhere.url()), e.getMessage());
            leaks.assertNoKeyIn(e);
        }
    }

    @Test
    void keyTypeDetectionStopsAtTheRedirectInsteadOfTryingTheKeyAsAnotherType() {
        try (LocalHttpServer elsewhere = LocalHttpServer.unauthorized();
                LocalHttpServer team = LocalHttpServer.redirectingTo(elsewhere.url())) {
            EmsException e = assertThrows(EmsException.class,
                    () -> EmsLogin.login(EmulatorCredentials.of(team.url(), userKey, null)));

            assertEquals(List.of("/api/cloud AppKey"), team.authorizations());
            assertEquals(List.of("/api/cloud none"), elsewhere.authorizations());
            assertEquals(redirectMessage(team, elsewhere.url()), e.getMessage());
            leaks.assertNoKeyIn(e);
        }
    }

    private static String redirectMessage(LocalHttpServer team, String target) {
        return "GET " + team.url() + "/api/cloud was redirected to another host, " + target + ", which answered 401:"
                + " the key is never sent to another host. Check the EMS URL; if the team's address is now "
                + target + ", log in with that.";
    }
}
