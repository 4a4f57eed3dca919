package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySaveCommandTest {

    @TempDir
    Path dir;

    private String key;

    @BeforeEach
    void newKey() throws Exception {
        dir = dir.toRealPath();
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 44; i++) {
            secret.append(letters.charAt(random.nextInt(letters.length())));
        }
        key = Base64.getEncoder().withoutPadding().encodeToString((UUID.randomUUID() + ":" + secret).getBytes());
    }

    @Test
    void theKeyFromStandardInputIsSavedPrivatelyAndShownNowhere() throws Exception {
        Path profiles = dir.resolve("profiles");
        PolicyCli.Run run = PolicyCli.run(key + "\n", "key", "save", "--app-key", "--url", "https://acme.eu-1.celonis.cloud/ui",
                "--profile-dir", profiles.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path file = profiles.resolve("app.json");
        assertEquals("Saved the application key for https://acme.eu-1.celonis.cloud in " + file + " (mode 600); it is"
                + " shown nowhere.\nLog in from a notebook with: %celonis_login --app-key --key-file " + file + "\n",
                run.out());
        assertEquals("", run.err());
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(profiles));
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals("https://acme.eu-1.celonis.cloud", json.get("url").asText());
        assertEquals(key, json.get("api_token").asText());
        assertFalse(run.out().contains(key) || run.err().contains(key));
        try (var files = Files.list(profiles)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aUserKeyGoesToUserJson() {
        PolicyCli.Run run = PolicyCli.run(key + "\r\n", "key", "save", "--user-key", "--url", "https://acme.eu-1.celonis.cloud",
                "--profile-dir", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("user.json")));
        assertTrue(run.out().contains("%celonis_login --user-key"), run.out());
    }

    @Test
    void anExistingKeyFileIsKeptUnlessForced() throws Exception {
        Files.writeString(dir.resolve("app.json"), "old");
        PolicyCli.Run run = PolicyCli.run(key, "key", "save", "--app-key", "--url", "https://acme.eu-1.celonis.cloud",
                "--profile-dir", dir.toString());
        assertEquals(2, run.exitCode());
        assertEquals("celonis-nb: " + dir.resolve("app.json") + " exists. Specify --force to overwrite.\n", run.err());
        assertEquals("old", Files.readString(dir.resolve("app.json")));
        assertEquals(0, PolicyCli.run(key, "key", "save", "--app-key", "--url", "https://acme.eu-1.celonis.cloud",
                "--profile-dir", dir.toString(), "--force").exitCode());
        assertTrue(Files.readString(dir.resolve("app.json")).contains(key));
    }

    @Test
    void whatIsNotAKeyIsNotSaved() {
        PolicyCli.Run run = PolicyCli.run("two words\n", "key", "save", "--app-key", "--url", "https://acme.eu-1.celonis.cloud",
                "--profile-dir", dir.toString());
        assertEquals(2, run.exitCode());
        assertEquals("celonis-nb: nothing was saved: what was read is not a key. The key contains whitespace at"
                + " position 4; a Celonis key is one unbroken token.\n", run.err());
        assertFalse(Files.exists(dir.resolve("app.json")));
        assertEquals(2, PolicyCli.run("", "key", "save", "--app-key", "--url", "https://acme.eu-1.celonis.cloud",
                "--profile-dir", dir.toString()).exitCode(), "empty input");
    }

    @Test
    void plainHttpToARealHostIsRefused() {
        PolicyCli.Run run = PolicyCli.run(key, "key", "save", "--app-key", "--url", "http://acme.eu-1.celonis.cloud",
                "--profile-dir", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("celonis-nb: "), run.err());
        assertFalse(Files.exists(dir.resolve("app.json")));
    }

    @Test
    void theKeyTypeMustBeChosen() {
        PolicyCli.Run run = PolicyCli.run(key, "key", "save", "--url", "https://acme.eu-1.celonis.cloud");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Error: Missing required argument (specify one of these): (--app-key | --user-key)"),
                run.err());
    }

    @Test
    void aProfileFolderInAGitWorkTreeIsWarnedAboutWithTheGitignoreLine() throws Exception {
        AuditCommandTest.git(dir, "init", "-q");
        PolicyCli.Run run = PolicyCli.run(key, "key", "save", "--app-key", "--url", "https://acme.eu-1.celonis.cloud",
                "--profile-dir", dir.resolve("keys").toString());
        assertEquals(0, run.exitCode());
        assertEquals("celonis-nb: warning: Key file " + dir.resolve("keys/app.json") + " is inside the git work tree "
                + dir + " and git does not ignore it, so a `git add` could commit the key. Add this line to "
                + dir.resolve(".gitignore") + ": /keys/app.json\n", run.err());
    }

    @Test
    void aTrackedKeyFileIsNotOverwrittenWithANewKey() throws Exception {
        AuditCommandTest.git(dir, "init", "-q");
        Files.writeString(dir.resolve("app.json"), "{}");
        AuditCommandTest.git(dir, "add", "app.json");
        PolicyCli.Run run = PolicyCli.run(key, "key", "save", "--app-key", "--url", "https://acme.eu-1.celonis.cloud",
                "--profile-dir", dir.toString(), "--force");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("celonis-nb: nothing was saved. Key file " + dir.resolve("app.json")
                + " is tracked by the git repository " + dir), run.err());
        assertEquals("{}", Files.readString(dir.resolve("app.json")));
    }
}
