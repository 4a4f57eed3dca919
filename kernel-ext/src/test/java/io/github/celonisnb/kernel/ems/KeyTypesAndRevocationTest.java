package io.github.celonisnb.kernel.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.magics.ems.EmsClient;
import io.github.celonisnb.magics.ems.EmsLogin;
import io.github.celonisnb.magics.ems.KeyRejectedException;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.ems.ServicePermissions;
import io.github.celonisnb.magics.permissions.Service;
import io.github.celonisnb.magics.secrets.KeyType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keys the emulator does not accept as sent: deleted while a session is open, or sent with the other key type's
 * prefix; and key-type detection, which finds the type that works and warns as PyCelonis does.
 */
class KeyTypesAndRevocationTest {

    @RegisterExtension
    final KeyLeakGuard leaks = new KeyLeakGuard();

    private EmsEmulator emulator;
    private IssuedKey appKey;
    private IssuedKey userKey;
    private String base;

    @BeforeEach
    void startEmulator() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().port(0).build());
        appKey = leaks.watch(emulator.createApplicationKey("notebook-app",
                List.of(Grant.of(Service.EVENT_COLLECTION, "USE_ALL_DATA_MODELS"))));
        userKey = leaks.watch(emulator.createUserKey("Alice Example", "alice@example.test", false,
                List.of(Grant.of(Service.ML_WORKBENCH, "VIEW_CONFIGURATION"))));
        base = emulator.baseUrl().toString();
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void anApplicationKeyDeletedDuringASessionIsRejectedOnTheNextCall() {
        LoginResult session = login(appKey, KeyType.APP_KEY);
        try (EmsClient client = session.client()) {
            emulator.deleteKey(appKey.id());

            KeyRejectedException e = assertThrows(KeyRejectedException.class, client::permissions);

            assertEquals("The key was rejected (401) for GET " + base + "/api/cloud/permissions: it may be wrong,"
                    + " deleted, or of the other key type; try --user-key.", e.getMessage());
            assertEquals(List.of(KeyType.APP_KEY), e.keyTypesTried());
            leaks.assertNoKeyIn(e);
            leaks.assertNoKeyInToString(session);
        }
    }

    @Test
    void aUserKeyDeletedDuringASessionIsRejectedOnTheNextCall() {
        LoginResult session = login(userKey, KeyType.USER_KEY);
        try (EmsClient client = session.client()) {
            emulator.deleteKey(userKey.id());

            KeyRejectedException e = assertThrows(KeyRejectedException.class, client::whoami);

            assertEquals("The key was rejected (401) for GET " + base + "/api/cloud: it may be wrong, deleted, or of"
                    + " the other key type; try --app-key.", e.getMessage());
            assertEquals(401, e.status());
            leaks.assertNoKeyIn(e);
        }
    }

    @Test
    void anApplicationKeySentAsAUserKeyIsRejectedWithTheHintToSendItAsAnApplicationKey() {
        KeyRejectedException e = assertThrows(KeyRejectedException.class, () -> login(appKey, KeyType.USER_KEY));

        assertEquals("The key was rejected (401) for GET " + base + "/api/cloud: it may be wrong, deleted, or of the"
                + " other key type; try --app-key.", e.getMessage());
        assertEquals(List.of("GET /api/cloud BEARER 401"), EmulatorRequests.linesWithScheme(emulator));
        leaks.assertNoKeyIn(e);
    }

    @Test
    void aUserKeySentAsAnApplicationKeyIsRejectedWithTheHintToSendItAsAUserKey() {
        KeyRejectedException e = assertThrows(KeyRejectedException.class, () -> login(userKey, KeyType.APP_KEY));

        assertEquals("The key was rejected (401) for GET " + base + "/api/cloud: it may be wrong, deleted, or of the"
                + " other key type; try --user-key.", e.getMessage());
        assertEquals(List.of("GET /api/cloud APP_KEY 401"), EmulatorRequests.linesWithScheme(emulator));
        leaks.assertNoKeyIn(e);
    }

    @Test
    void detectionFindsAnApplicationKeyAtTheFirstTryAndWarnsAsPyCelonisDoes() {
        LoginResult result = login(appKey, null);
        result.client().close();

        assertEquals(KeyType.APP_KEY, result.keyType());
        assertTrue(result.keyTypeDetected());
        assertEquals(Optional.of("KeyType is not set. Defaulted to 'APP_KEY'."), result.keyTypeWarning());
        assertEquals(appKey.principalId(), result.user().id());
        assertEquals(permissionsOf(Service.EVENT_COLLECTION, "USE_ALL_DATA_MODELS"), result.permissions());
        assertEquals(List.of("GET /api/cloud APP_KEY 200", "GET /api/cloud/permissions APP_KEY 200",
                "GET /api/team APP_KEY 200"), EmulatorRequests.linesWithScheme(emulator));
        leaks.assertNoKeyInToString(result);
    }

    @Test
    void detectionFindsAUserKeyAtTheSecondTryAndWarnsAsPyCelonisDoes() {
        LoginResult result = login(userKey, null);
        result.client().close();

        assertEquals(KeyType.USER_KEY, result.keyType());
        assertTrue(result.keyTypeDetected());
        assertEquals(Optional.of("KeyType is not set. Defaulted to 'USER_KEY'."), result.keyTypeWarning());
        assertEquals(userKey.principalId(), result.user().id());
        assertEquals("alice@example.test", result.user().email());
        assertEquals(permissionsOf(Service.ML_WORKBENCH, "VIEW_CONFIGURATION"), result.permissions());
        assertEquals(List.of("GET /api/cloud APP_KEY 401", "GET /api/cloud BEARER 200",
                "GET /api/cloud/permissions BEARER 200", "GET /api/team BEARER 200"),
                EmulatorRequests.linesWithScheme(emulator));
        leaks.assertNoKeyInToString(result);
    }

    @Test
    void detectionWithADeletedKeySaysBothKeyTypesWereTried() {
        emulator.deleteKey(userKey.id());

        KeyRejectedException e = assertThrows(KeyRejectedException.class, () -> login(userKey, null));

        assertEquals("The key was rejected (401) for GET " + base + "/api/cloud both as an Application Key and as a"
                + " User Key: it may be wrong or deleted; check it, or create a new key.", e.getMessage());
        assertEquals(List.of(KeyType.APP_KEY, KeyType.USER_KEY), e.keyTypesTried());
        assertEquals(List.of("GET /api/cloud APP_KEY 401", "GET /api/cloud BEARER 401"),
                EmulatorRequests.linesWithScheme(emulator));
        leaks.assertNoKeyIn(e);
    }

    @Test
    void aGivenKeyTypeIsNotProbedAndGivesNoWarning() {
        LoginResult result = login(userKey, KeyType.USER_KEY);
        result.client().close();

        assertFalse(result.keyTypeDetected());
        assertEquals(Optional.empty(), result.keyTypeWarning());
        assertEquals(List.of("GET /api/cloud BEARER 200", "GET /api/cloud/permissions BEARER 200",
                "GET /api/team BEARER 200"), EmulatorRequests.linesWithScheme(emulator));
    }

    private LoginResult login(IssuedKey key, KeyType keyType) {
        return EmsLogin.login(EmulatorCredentials.of(base, key, keyType));
    }

    /** Every service in server order, with the given names for one of them and none elsewhere. */
    private static List<ServicePermissions> permissionsOf(Service granted, String... names) {
        return Service.inServerOrder().stream()
                .map(s -> new ServicePermissions(s.serviceName(), s == granted ? List.of(names) : List.of()))
                .toList();
    }
}
