package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.SeedData;
import io.github.celonisnb.kernel.demo.KeyFileWriter;

/** {@code celonis-nb audit} against the emulator: the report, the policy and the exit status CI reads. */
class AuditCommandTest {

    private static EmsEmulator emulator;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().port(0).build());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private Path keyFile(String name, String... grants) throws IOException {
        List<Grant> parsed = new ArrayList<>();
        for (String g : grants) {
            parsed.add(Grant.parse(g));
        }
        IssuedKey key = emulator.createApplicationKey(name, parsed);
        Path file = dir.resolve(name).resolve("app.json");
        KeyFileWriter.write(file, emulator.baseUrl().toString(), key.value());
        return file;
    }

    private Path policy(String json) throws IOException {
        Path file = dir.resolve("policy-" + System.nanoTime() + ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aKeyThatMatchesThePolicyPassesWithExitZero() throws Exception {
        Path key = keyFile("exact", "event-collection:USE_ALL_DATA_MODELS");
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", key.toString(), "--require", "event-collection:USE_ALL_DATA_MODELS");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Permissions of the Application Key 'exact'\nservice "), run.out());
        assertTrue(run.out().contains("Note: The key matches the policy (--require): everything it requires is there,"
                + " and nothing more than it allows."), run.out());
        assertEquals("", run.err());
    }

    @Test
    void excessFailsWithExitOneAndListsWhatToTakeAway() throws Exception {
        Path key = keyFile("too-much", "event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS,CREATE_DATA_POOL");
        Path policy = policy("{\"services\": {\"event-collection\": {\"required\": [\"USE_ALL_DATA_MODELS\"]}}}");
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", key.toString(), "--policy", policy.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Warning: Excess (policy " + policy + "): the key can do more than this notebook"
                + " needs: Data Integration: EDIT_ALL_DATA_POOLS, CREATE_DATA_POOL. Take them away under Admin & Settings"
                + " → Applications → Permissions."), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("Data Integration  CREATE_DATA_POOL") && l.endsWith("EXCESS")),
                run.out());
    }

    @Test
    void missingFailsWithExitOne() throws Exception {
        Path key = keyFile("too-little");
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", key.toString(), "--require",
                "event-collection:pool/" + SeedData.SANDBOX_POOL.name() + ":DATA_PUSH_API");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("missing: the key does not see this data pool; the notebook will fail where it"
                + " uses it"), run.out());
    }

    @Test
    void aOnePoolGrantUnderAnAllPoolsGrantIsReportedWithoutEffect() throws Exception {
        Path key = keyFile("both", "event-collection:EDIT_ALL_DATA_POOLS",
                "event-collection:pool/" + SeedData.SANDBOX_POOL.id() + ":ADMIN");
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", key.toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Note: The one-pool grant on 'Sandbox' (ADMIN) has no effect: EDIT_ALL_DATA_POOLS"
                + " covers every pool."), run.out());
        assertEquals("celonis-nb: no policy (--policy FILE, --require SPEC, or celonis-policy.json in "
                + Path.of("").toAbsolutePath() + "), so nothing counts as missing or in excess.\n", run.err());
    }

    @Test
    void jsonIsForCode() throws Exception {
        Path key = keyFile("json", "event-collection:USE_ALL_DATA_MODELS");
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", key.toString(), "--format", "json", "--require",
                "event-collection:USE_ALL_DATA_MODELS");
        assertEquals(0, run.exitCode());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("json", json.get("key").get("owner").asText());
        assertTrue(json.get("policy").get("passed").asBoolean());
        assertEquals("USE_ALL_DATA_MODELS", json.get("permissions").get(0).get("permission").asText());
    }

    @Test
    void aMalformedPolicyIsExitTwoWithTheFileAndLine() throws Exception {
        Path key = keyFile("bad-policy");
        Path policy = policy("{\n  \"services\": {\"event-collection\": {\"required\": [\"NOPE\"]}}\n}");
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", key.toString(), "--policy", policy.toString());
        assertEquals(2, run.exitCode());
        assertEquals("celonis-nb: " + policy + ", line 2, column 50: unknown permission 'NOPE' for event-collection on"
                + " the whole service: expected one of USE_ALL_DATA_MODELS, EDIT_ALL_DATA_POOLS, CREATE_DATA_POOL\n",
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void aKeyFileGitTracksIsRefusedWithExitOneBeforeEmsIsAsked() throws Exception {
        Path key = keyFile("tracked");
        Path repo = key.getParent().toRealPath();
        git(repo, "init", "-q");
        git(repo, "add", "app.json");
        int before = emulator.recordedRequests().size();
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", key.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("celonis-nb: Key file " + repo.resolve("app.json") + " is tracked by the git"
                + " repository " + repo + ","), run.err());
        assertTrue(run.err().endsWith("Untrack it with: git -C " + repo + " rm --cached -- app.json\n"), run.err());
        assertEquals(before, emulator.recordedRequests().size());
    }

    @Test
    void aKeyFileOthersCanReadIsAuditedWithAWarning() throws Exception {
        Path key = keyFile("readable");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", key.toString(), "--require", "team:MANAGE_MEMBERS");
        assertEquals(1, run.exitCode());
        Path real = key.toRealPath();
        assertTrue(run.err().startsWith("celonis-nb: warning: Key file " + real + " can be read by its group and all"
                + " other users (mode 644), so the key is not yours alone. Make it private with: chmod 600 " + real
                + "\n"), run.err());
    }

    @Test
    void aKeyEmsRejectsIsExitFour() throws Exception {
        Path key = keyFile("deleted");
        emulator.deleteKey(emulator.keys().stream().filter(k -> k.name().equals("deleted")).findFirst().orElseThrow().id());
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", key.toString());
        assertEquals(4, run.exitCode());
        assertTrue(run.err().startsWith("celonis-nb: The key was rejected (401)"), run.err());
    }

    @Test
    void aMissingKeyFileIsExitTwo() {
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", dir.resolve("none.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("celonis-nb: Key file " + dir.resolve("none.json") + " does not exist"), run.err());
    }

    @Test
    void anUnknownFormatIsExitTwo() throws Exception {
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", keyFile("fmt").toString(), "--format", "xml");
        assertEquals(2, run.exitCode());
        assertEquals("celonis-nb: --format takes text or json.\n", run.err());
    }

    @Test
    void nothingPrintedHoldsTheKey() throws Exception {
        Path key = keyFile("quiet", "team:MANAGE_APPLICATIONS");
        String value = Files.readString(key).replaceAll("(?s).*\"api_token\" : \"([^\"]+)\".*", "$1");
        PolicyCli.Run run = PolicyCli.run("", "audit", "--key-file", key.toString(), "--format", "json");
        assertFalse(run.out().contains(value) || run.err().contains(value));
    }

    static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
    }
}
