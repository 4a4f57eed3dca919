package io.github.celonisnb.magics.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import io.github.celonisnb.magics.testing.TestKeys;

class LogoutMagicTest {

    private final List<String> info = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final MagicOutput output = new MagicOutput() {
        @Override
        public void info(String line) {
            info.add(line);
        }

        @Override
        public void warning(String line) {
            warnings.add(line);
        }

        @Override
        public void display(String html, String plainText) {
            info.add(plainText);
        }
    };
    private final ApiKey key = TestKeys.newKey();
    private final SecretRegistry secrets = new SecretRegistry();
    private StubEms ems;

    @BeforeEach
    void logIn() throws Exception {
        ems = new StubEms(key, KeyType.APP_KEY).answer("/package-manager/api/spaces",
                "[{\"id\":\"s-1\",\"name\":\"Default\"}]");
        secrets.register(key, LoginMagic.redactionLabel(KeyType.APP_KEY));
        CelonisSessions.set(ems.session());
    }

    @AfterEach
    void stop() throws Exception {
        CelonisSessions.clear();
        ems.close();
    }

    @Test
    void logoutForgetsTheSessionAndSaysTheKeyStaysRegisteredForRedaction() throws Exception {
        CelonisSession session = CelonisSessions.current();
        Space space = session.defaultSpace();

        assertNull(new LogoutMagic(output).run(List.of()));

        assertEquals(List.of("Logged out of " + ems.url() + ": the session is forgotten and 'celonis' stops working"
                + " until the next %celonis_login; the key stays registered for redaction in this kernel."), info);
        assertEquals(List.of(), warnings);
        assertEquals(Optional.empty(), CelonisSessions.find());
        assertThrows(NotLoggedInException.class, CelonisSessions::current);
        IllegalStateException closed = assertThrows(IllegalStateException.class, session::pools);
        assertEquals("This EMS client is closed; log in again for a new one", closed.getMessage());
        assertThrows(IllegalStateException.class, space::packages);
        assertEquals("key [REDACTED celonis-app-key]", secrets.redact("key " + key.reveal()));
    }

    @Test
    void loggingOutTwiceSaysThereWasNoSession() throws Exception {
        LogoutMagic logout = new LogoutMagic(output);
        logout.run(List.of());
        logout.run(List.of());
        assertEquals("There was no Celonis EMS session to log out of; nothing changed.", info.get(1));
        assertEquals(2, info.size());
    }

    @Test
    void helpPrintsTheUsageAndKeepsTheSession() throws Exception {
        new LogoutMagic(output).run(List.of("--help"));
        assertEquals("""
                Usage: %celonis_logout [-h]
                Forget the Celonis EMS session of this kernel and close its connections.
                The variable 'celonis' stops working until the next %celonis_login.
                The key stays registered for redaction, so output still hides it until the
                kernel restarts.
                  -h, --help   Show this help.""", info.get(0));
        assertTrue(CelonisSessions.find().isPresent());
    }

    @Test
    void anArgumentIsRefusedWithoutShowingItAndKeepsTheSession() {
        String pasted = TestKeys.newKeyValue();
        MagicUsageException e = assertThrows(MagicUsageException.class,
                () -> new LogoutMagic(output).run(List.of(pasted)));
        assertEquals("%celonis_logout takes no arguments (the one given is not shown, in case it is a key). Run"
                + " %celonis_logout on its own.", e.getMessage());
        assertTrue(CelonisSessions.find().isPresent());
    }

    @Test
    void aValueGluedToAnUnknownOptionIsNotShown() {
        String pasted = TestKeys.newKeyValue();
        MagicUsageException e = assertThrows(MagicUsageException.class,
                () -> new LogoutMagic(output).run(List.of("--key=" + pasted)));
        assertFalse(e.getMessage().contains(pasted), "the usage error shows the value");
        assertTrue(e.getMessage().endsWith("\nRun %celonis_logout --help for the options."), e.getMessage());
    }
}
