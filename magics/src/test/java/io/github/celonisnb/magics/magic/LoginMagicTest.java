package io.github.celonisnb.magics.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.magics.ProductVersion;
import io.github.celonisnb.magics.credentials.CredentialResolver;
import io.github.celonisnb.magics.credentials.Credentials;
import io.github.celonisnb.magics.credentials.CredentialsException;
import io.github.celonisnb.magics.credentials.Environment;
import io.github.celonisnb.magics.ems.CloudUser;
import io.github.celonisnb.magics.ems.EmsClient;
import io.github.celonisnb.magics.ems.EmsUrl;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.ems.ServicePermissions;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.secrets.SecretRegistry;

class LoginMagicTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T01:42:09Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

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
    private final SecretRegistry secrets = new SecretRegistry();
    private final AtomicReference<String> bound = new AtomicReference<>();
    private final AtomicReference<Credentials> loggedInWith = new AtomicReference<>();
    private String key;
    private StubEms ems;

    /** A key in the real shape, made for this test run. */
    static String generatedKey() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 44; i++) {
            secret.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return Base64.getEncoder().withoutPadding().encodeToString((UUID.randomUUID() + ":" + secret).getBytes());
    }

    @BeforeEach
    void keyFile() throws Exception {
        key = generatedKey();
        Path profiles = Files.createDirectories(home.resolve("pycelonis-profiles"));
        Files.writeString(profiles.resolve("app.json"),
                "{\"url\": \"https://demo.eu-1.celonis.cloud\", \"api_token\": \"" + key + "\"}");
        Files.setPosixFilePermissions(profiles.resolve("app.json"), PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void forgetSession() throws Exception {
        CelonisSessions.clear();
        if (ems != null) {
            ems.close();
        }
    }

    private LoginMagic magic(KeyType acceptedAs, boolean detected, CloudUser user) {
        try {
            ems = new StubEms(ApiKey.of(key), acceptedAs)
                    .answer("/integration/api/pools", "[{\"id\": \"p1\", \"name\": \"Sales\","
                            + " \"permissions\": [\"USE_ALL_DATA_MODELS\"]}]");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LoginMagic(new CredentialResolver(Environment.of(Map.of()), home), credentials -> {
            loggedInWith.set(credentials);
            // The key file names a real tenant; the session talks to the stub on 127.0.0.1 instead.
            EmsClient client = EmsClient.builder(EmsUrl.parse(ems.url()), credentials.key(), acceptedAs).build();
            return new LoginResult(acceptedAs, detected, user, List.of(
                    new ServicePermissions("package-manager", List.of()),
                    new ServicePermissions("event-collection", List.of("USE_ALL_DATA_MODELS"))), Optional.empty(), client);
        }, secrets, name -> {
            bound.set(name);
            return true;
        }, output, CLOCK);
    }

    private static CloudUser user(String nameOrEmail) {
        return new CloudUser("id-1", nameOrEmail, null, nameOrEmail, null, "Demo", "t", "demo",
                false, false, true, true, "en", "UTC");
    }

    @Test
    void anApplicationKeyLoginPrintsThePyCelonisLinesAndBindsTheSession() throws Exception {
        assertEquals(null, magic(KeyType.APP_KEY, false, user("notebook-app")).run(List.of("--app-key")));

        assertEquals(List.of(
                "[2026-05-21 01:42:09] INFO: Using the key from key file " + home.resolve("pycelonis-profiles/app.json")
                        + " (not shown).",
                "[2026-05-21 01:42:09] INFO: Initial connect successful! You are using an Application Key. "
                        + "celonis-nb Version: " + ProductVersion.get(),
                "[2026-05-21 01:42:09] INFO: Your key has following permissions:",
                "[\n    {\n        \"permissions\": [],\n        \"serviceName\": \"package-manager\"\n    },\n"
                        + "    {\n        \"permissions\": [\n            \"USE_ALL_DATA_MODELS\"\n        ],\n"
                        + "        \"serviceName\": \"event-collection\"\n    }\n]",
                "[2026-05-21 01:42:09] INFO: The session is in the variable 'celonis': try celonis.whoami() "
                        + "or celonis.permissions().",
                "[2026-05-21 01:42:09] INFO: Permission summary: 1 permission (1 low) in Data Integration. Details:"
                        + " %celonis_permissions."), info);
        assertEquals(List.of(), warnings);
        assertEquals("celonis", bound.get());
        assertEquals(KeyType.APP_KEY, loggedInWith.get().keyType());
        assertEquals(KeyType.APP_KEY, CelonisSessions.current().keyType());
        assertEquals("token [REDACTED celonis-app-key]", secrets.redact("token " + key));
    }

    @Test
    void aUserKeyLoginGreetsTheUserByName() throws Exception {
        Files.move(home.resolve("pycelonis-profiles/app.json"), home.resolve("pycelonis-profiles/user.json"));
        magic(KeyType.USER_KEY, false, user("Alice Example")).run(List.of("--user-key"));
        assertEquals("[2026-05-21 01:42:09] INFO: Initial connect successful! Hello Alice Example. celonis-nb Version: "
                + ProductVersion.get(), info.get(1));
        assertEquals("[REDACTED celonis-user-key]", secrets.redact(key));
    }

    @Test
    void aDetectedKeyTypeIsWarnedAboutAsPyCelonisDoes() throws Exception {
        magic(KeyType.APP_KEY, true, user("x")).run(List.of());
        assertEquals(List.of("[2026-05-21 01:42:09] WARNING: KeyType is not set. Defaulted to 'APP_KEY'."), warnings);
    }

    @Test
    void helpPrintsTheOptionsAndDoesNotLogIn() throws Exception {
        magic(KeyType.APP_KEY, false, user("x")).run(List.of("--help"));
        assertTrue(info.get(0).startsWith("Usage: %celonis_login"), info.get(0));
        assertTrue(info.get(0).contains("--key-file=PATH"), info.get(0));
        assertEquals(null, loggedInWith.get());
    }

    @Test
    void aKeyGivenAsAnArgumentIsRefusedNotEchoedAndRedactedFromThenOn() {
        String pasted = generatedKey();
        MagicUsageException e = assertThrows(MagicUsageException.class,
                () -> magic(KeyType.APP_KEY, false, user("x")).run(List.of("--app-key", pasted)));
        assertEquals("%celonis_login takes no positional arguments (the one given is not shown, in case it is a key). "
                + "A key never belongs in a notebook: put it in ~/pycelonis-profiles/app.json or the CELONIS_API_TOKEN "
                + "environment variable, then run %celonis_login --app-key. If that was a real key, it is now in this "
                + "cell's source: delete the cell, and replace the key (Admin & Settings → Applications), since the "
                + "notebook file may have been saved.", e.getMessage());
        assertEquals("[REDACTED secret]", secrets.redact(pasted));
        assertEquals(null, loggedInWith.get());
    }

    @Test
    void aShortStrayWordIsRefusedButNotTreatedAsASecret() {
        assertThrows(MagicUsageException.class, () -> magic(KeyType.APP_KEY, false, user("x")).run(List.of("--app-key", "true")));
        assertEquals("true", secrets.redact("true"));
    }

    @Test
    void twoKeySourcesAtOnceAreAUsageError() {
        MagicUsageException e = assertThrows(MagicUsageException.class, () -> magic(KeyType.APP_KEY, false, user("x"))
                .run(List.of("--app-key", "--key-file", "a.json", "--env", "X")));
        assertEquals("%celonis_login takes one key source: --key-file or --env, not both.", e.getMessage());
    }

    @Test
    void aKeyGluedToAFlagIsNotEchoedInTheUsageError() {
        String pasted = generatedKey();
        MagicUsageException e = assertThrows(MagicUsageException.class,
                () -> magic(KeyType.APP_KEY, false, user("x")).run(List.of("--app-key=" + pasted)));
        assertFalse(e.getMessage().contains(pasted), e.getMessage());
        assertTrue(e.getMessage().endsWith("Run %celonis_login --help for the options."), e.getMessage());
    }

    @Test
    void bothKeyTypesAtOnceAreAUsageError() {
        MagicUsageException e = assertThrows(MagicUsageException.class,
                () -> magic(KeyType.APP_KEY, false, user("x")).run(List.of("--app-key", "--user-key")));
        assertTrue(e.getMessage().startsWith("Error: --app-key, --user-key are mutually exclusive"), e.getMessage());
    }

    @Test
    void aMissingKeyFileFailsBeforeAnyLogin() throws Exception {
        Files.delete(home.resolve("pycelonis-profiles/app.json"));
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> magic(KeyType.APP_KEY, false, user("x")).run(List.of("--app-key")));
        assertTrue(e.getMessage().contains(home.resolve("pycelonis-profiles/app.json").toString()), e.getMessage());
        assertEquals(null, loggedInWith.get());
        assertSame(Optional.empty(), CelonisSessions.find());
    }
}
