package io.github.celonisnb.magics.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.magics.credentials.CredentialResolver;
import io.github.celonisnb.magics.credentials.Credentials;
import io.github.celonisnb.magics.credentials.CredentialsException;
import io.github.celonisnb.magics.credentials.Environment;
import io.github.celonisnb.magics.credentials.KeyFileSafetyAccess;
import io.github.celonisnb.magics.credentials.KeyFileTrackedException;
import io.github.celonisnb.magics.ems.CloudUser;
import io.github.celonisnb.magics.ems.EmsClient;
import io.github.celonisnb.magics.ems.EmsUrl;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.ems.ServicePermissions;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import io.github.celonisnb.magics.testing.TestKeys;

/** What {@code %celonis_login} checks besides logging in: key files, keys in the cell, the prompt, the summary. */
class LoginChecksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T01:42:09Z"), ZoneOffset.UTC);
    private static final String STAMP = "[2026-05-21 01:42:09] ";

    @TempDir
    Path dir;

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
    private final AtomicReference<Credentials> loggedInWith = new AtomicReference<>();
    private String key;
    private StubEms ems;
    private List<ServicePermissions> permissions = List.of(new ServicePermissions("event-collection", List.of()));
    private Map<String, String> env = Map.of();
    private Prompt prompt = Prompt.unavailable();
    private CloudUser user = new CloudUser("u", "notebook-app", null, "notebook-app", null, "Demo", "t", "demo",
            false, false, true, true, "en", "UTC");

    @BeforeEach
    void setUp() throws Exception {
        dir = dir.toRealPath();
        key = TestKeys.newKeyValue();
    }

    @AfterEach
    void tearDown() throws IOException {
        CelonisSessions.clear();
        if (ems != null) {
            ems.close();
        }
    }

    private Path keyFile(Path folder, String mode) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("app.json");
        Files.writeString(file, "{\"url\": \"https://demo.eu-1.celonis.cloud\", \"api_token\": \"" + key + "\"}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private LoginMagic magic(KeyType type) throws IOException {
        ems = new StubEms(ApiKey.of(key), type).answer("/integration/api/pools", "[]")
                .answer("/package-manager/api/spaces", "[]");
        return new LoginMagic(new CredentialResolver(Environment.of(env), dir.resolve("home")), credentials -> {
            loggedInWith.set(credentials);
            EmsClient client = EmsClient.builder(EmsUrl.parse(ems.url()), credentials.key(), type).build();
            return new LoginResult(type, false, user, permissions, Optional.empty(), client);
        }, secrets, name -> true, output, CLOCK, prompt, dir);
    }

    @Test
    void aKeyFileOthersCanReadIsUsedWithAWarningThatGivesTheChmodLine() throws Exception {
        Path file = keyFile(dir.resolve("keys"), "rw-r--r--");
        magic(KeyType.APP_KEY).run(List.of("--app-key", "--key-file", file.toString()));
        assertEquals(List.of(STAMP + "WARNING: Key file " + file + " can be read by its group and all other users"
                + " (mode 644), so the key is not yours alone. Make it private with: chmod 600 " + file), warnings);
        assertEquals(STAMP + "INFO: Using the key from key file " + file + " (not shown).", info.get(0));
        assertTrue(CelonisSessions.find().isPresent());
    }

    @Test
    void aKeyFileGitTracksIsRefusedBeforeAnyLogin() throws Exception {
        KeyFileSafetyAccess.assumeGit();
        Path repo = dir.resolve("repo");
        Path file = keyFile(repo, "rw-------");
        KeyFileSafetyAccess.git(repo, "init", "-q");
        KeyFileSafetyAccess.git(repo, "add", "app.json");
        KeyFileTrackedException e = assertThrows(KeyFileTrackedException.class,
                () -> magic(KeyType.APP_KEY).run(List.of("--app-key", "--key-file", file.toString())));
        assertTrue(e.getMessage().startsWith("Key file " + file + " is tracked by the git repository " + repo + ","),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Untrack it with: git -C " + repo + " rm --cached -- app.json"), e.getMessage());
        assertNull(loggedInWith.get());
        assertEquals("[REDACTED celonis-app-key]", secrets.redact(key), "the key is hidden even though it is refused");
    }

    @Test
    void aKeyFileGitDoesNotIgnoreIsUsedWithTheGitignoreLine() throws Exception {
        KeyFileSafetyAccess.assumeGit();
        Path repo = dir.resolve("repo");
        Path file = keyFile(repo.resolve("secrets"), "rw-------");
        KeyFileSafetyAccess.git(repo, "init", "-q");
        magic(KeyType.APP_KEY).run(List.of("--app-key", "--key-file", file.toString()));
        assertEquals(List.of(STAMP + "WARNING: Key file " + file + " is inside the git work tree " + repo + " and git"
                + " does not ignore it, so a `git add` could commit the key. Add this line to " + repo.resolve(".gitignore")
                + ": /secrets/app.json"), warnings);
    }

    @Test
    void aKeyWrittenAsAnOptionValueIsRefusedNotShownAndRedacted() throws Exception {
        String pasted = TestKeys.newKeyValue();
        for (String option : List.of("--url", "--env", "--key-file")) {
            MagicUsageException e = assertThrows(MagicUsageException.class,
                    () -> magic(KeyType.APP_KEY).run(List.of("--app-key", option, pasted)));
            assertEquals("The value of " + option + " looks like a key (it is not shown): a key written in a cell is"
                    + " saved with the notebook and everyone it is shared with gets it. Keys go in a key file"
                    + " (`celonis-nb key save --app-key` writes ~/pycelonis-profiles/app.json, mode 600), the"
                    + " CELONIS_API_TOKEN environment variable, or a masked prompt: %celonis_login --app-key --prompt.",
                    e.getMessage());
            ems.close();
            ems = null;
        }
        assertEquals("[REDACTED secret]", secrets.redact(pasted));
        assertNull(loggedInWith.get());
    }

    @Test
    void aKeyTypedAtThePromptIsUsedWithTheUrlFromTheOptions() throws Exception {
        List<String> asked = new ArrayList<>();
        prompt = message -> {
            asked.add(message);
            return key + "\n";
        };
        magic(KeyType.APP_KEY).run(List.of("--app-key", "--prompt", "--url", "https://demo.eu-1.celonis.cloud"));
        assertEquals(List.of("Celonis EMS application key (the input is hidden): "), asked);
        assertEquals(STAMP + "INFO: Using the key from a masked prompt (not shown).", info.get(0));
        assertEquals("key from a masked prompt, URL from argument --url, key type from argument --app-key",
                loggedInWith.get().origin().describe());
        assertEquals(ApiKey.of(key), loggedInWith.get().key());
        assertEquals("[REDACTED celonis-app-key]", secrets.redact(key));
    }

    @Test
    void aPromptWithoutAUrlAsksForOne() throws Exception {
        prompt = message -> key;
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> magic(KeyType.APP_KEY).run(List.of("--app-key", "--prompt")));
        assertEquals("A key typed at the prompt comes without an EMS address. Pass --url"
                + " https://<team>.<realm>.celonis.cloud, or set CELONIS_URL.", e.getMessage());
    }

    @Test
    void aPromptWhereNoOneCanAnswerSaysWhichNonInteractiveSourceToUse() throws Exception {
        prompt = message -> {
            throw new PromptUnavailableException("the front end does not allow input for this cell");
        };
        PromptUnavailableException e = assertThrows(PromptUnavailableException.class,
                () -> magic(KeyType.APP_KEY).run(List.of("--app-key", "--prompt", "--url", "https://x.eu-1.celonis.cloud")));
        assertEquals("%celonis_login --prompt needs a front end that takes input, and this run has none (the front end"
                + " does not allow input for this cell; nbconvert, papermill and other headless runs never allow input)."
                + " Give the key a non-interactive source instead: a key file (run `celonis-nb key save --app-key` once"
                + " to write ~/pycelonis-profiles/app.json, then %celonis_login --app-key; or --key-file PATH), or the"
                + " environment variable CELONIS_API_TOKEN with CELONIS_URL.", e.getMessage());
        assertNull(loggedInWith.get());
    }

    @Test
    void anEmptyAnswerAtThePromptLogsNothingIn() throws Exception {
        prompt = message -> "  ";
        MagicUsageException e = assertThrows(MagicUsageException.class,
                () -> magic(KeyType.APP_KEY).run(List.of("--prompt", "--url", "https://x.eu-1.celonis.cloud")));
        assertEquals("No key was typed at the prompt, so there is nothing to log in with. Run the cell again and paste"
                + " the key, or use a key file.", e.getMessage());
    }

    @Test
    void theSummaryOfAnAdminsUserKeyCountsTheCriticalRightsAndWarns() throws Exception {
        Path file = keyFile(dir.resolve("keys"), "rw-------");
        permissions = List.of(new ServicePermissions("team", List.of("MANAGE_MEMBERS", "MANAGE_APPLICATIONS")),
                new ServicePermissions("event-collection", List.of()));
        user = new CloudUser("u", "Ada Admin", "ada@example.test", "Ada Admin", null, "Demo", "t", "demo",
                true, false, true, true, "en", "UTC");
        magic(KeyType.USER_KEY).run(List.of("--user-key", "--key-file", file.toString()));
        assertEquals(STAMP + "INFO: Permission summary: 2 permissions (2 critical) in Admin & Settings. Details:"
                + " %celonis_permissions.", info.get(info.size() - 1));
        assertEquals(List.of(STAMP + "WARNING: This key carries every right of its user, here 2 critical ones; create"
                + " an application key with only what this notebook needs: Admin & Settings → Applications."), warnings);
    }

    @Test
    void theSummaryOfANewKeySaysItSeesNothing() throws Exception {
        Path file = keyFile(dir.resolve("keys"), "rw-------");
        magic(KeyType.APP_KEY).run(List.of("--app-key", "--key-file", file.toString()));
        assertEquals(STAMP + "INFO: Permission summary: this key has no permissions in effect, so it sees no data;"
                + " grant only what this notebook needs under Admin & Settings → Applications. Details:"
                + " %celonis_permissions.", info.get(info.size() - 1));
        assertEquals(0, ems.requestCount(), "nothing to list for a key without permissions");
    }

    @Test
    void aPolicyBesideTheNotebookIsAppliedAtLogin() throws Exception {
        Path file = keyFile(dir.resolve("keys"), "rw-------");
        Files.writeString(dir.resolve("celonis-policy.json"),
                "{\"services\": {\"event-collection\": {\"required\": [\"USE_ALL_DATA_MODELS\"]}}}");
        permissions = List.of(new ServicePermissions("event-collection", List.of("EDIT_ALL_DATA_POOLS")));
        magic(KeyType.APP_KEY).run(List.of("--app-key", "--key-file", file.toString()));
        assertEquals(List.of(
                STAMP + "WARNING: Missing (policy celonis-policy.json): Data Integration: USE_ALL_DATA_MODELS. The notebook"
                        + " will fail where it uses it; grant it under Admin & Settings → Applications → Permissions.",
                STAMP + "WARNING: Excess (policy celonis-policy.json): the key can do more than this notebook needs: Data"
                        + " Integration: EDIT_ALL_DATA_POOLS. Take it away under Admin & Settings → Applications →"
                        + " Permissions."), warnings);
    }

    @Test
    void aMalformedPolicyBesideTheNotebookOnlyWarnsAtLogin() throws Exception {
        Path file = keyFile(dir.resolve("keys"), "rw-------");
        Files.write(dir.resolve("celonis-policy.json"), "{\"services\": []}".getBytes(StandardCharsets.UTF_8));
        magic(KeyType.APP_KEY).run(List.of("--app-key", "--key-file", file.toString()));
        assertEquals(List.of(STAMP + "WARNING: The notebook's policy was not applied: celonis-policy.json, line 1, column 14: expected an object of services, e.g. {\"event-collection\": {...}}, found a"
                + " list."), warnings);
        assertTrue(CelonisSessions.find().isPresent());
        assertFalse(info.isEmpty());
    }
}
