package io.github.celonisnb.emulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyInfo;
import io.github.celonisnb.emulator.TestHttp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyCommandsTest {

    @TempDir
    Path folder;

    private EmsEmulator emulator;
    private Path tokenFile;
    private String url;

    @BeforeEach
    void start() throws IOException {
        emulator = EmsEmulator.start(EmulatorConfig.builder().build());
        tokenFile = folder.resolve("admin-token");
        Files.writeString(tokenFile, emulator.adminToken().value() + "\n");
        url = emulator.baseUrl().toString();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void addKeyAgainstARunningEmulatorPrintsTheKeyOnceOnTheLastLine() {
        CliRun run = CliRun.of("add-key", "--url", url, "--admin-token-file", tokenFile.toString(), "--type", "app",
                "--name", "demo", "--grant", "event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS",
                "--grant", "storage-manager:LIST");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        KeyInfo made = emulator.keys().get(0);
        List<String> lines = run.outLines();
        assertEquals(4, lines.size());
        assertEquals("Created application key 'demo' (id " + made.id() + ").", lines.get(0));
        assertEquals("Grants: event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS; storage-manager:LIST", lines.get(1));
        assertEquals("This is the only time the key is shown. Copy it now: it cannot be shown again.", lines.get(2));
        assertEquals("", run.err());

        HttpResponse<String> me = new TestHttp(emulator.baseUrl()).get("/api/cloud", "AppKey " + lines.get(3));
        assertEquals(200, me.statusCode());
        assertEquals(List.of(Grant.parse("storage-manager:LIST"), Grant.parse("event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS")),
                made.grants());
    }

    @Test
    void addUserKeyAgainstARunningEmulator() {
        CliRun run = CliRun.of("add-key", "--url", url, "--admin-token-file", tokenFile.toString(), "--type", "USER",
                "--name", "Alice Example", "--email", "alice@example.test", "--admin");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        KeyInfo made = emulator.keys().get(0);
        assertEquals("Created user key for 'Alice Example' <alice@example.test>, a team admin (id " + made.id() + ").",
                run.outLines().get(0));
        assertEquals("Grants: none", run.outLines().get(1));
        assertEquals(200, new TestHttp(emulator.baseUrl()).get("/api/cloud", "Bearer " + run.outLines().get(3)).statusCode());
    }

    @Test
    void addKeyOnAStateFileIsSeenByTheNextEmulatorOnIt() {
        Path state = folder.resolve("state.json");
        CliRun run = CliRun.of("add-key", "--state", state.toString(), "--type", "app", "--name", "offline",
                "--grant", "ml-workbench:VIEW_CONFIGURATION");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        String key = run.outLines().get(3);
        try (EmsEmulator onState = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            HttpResponse<String> me = new TestHttp(onState.baseUrl()).get("/api/cloud", "AppKey " + key);
            assertEquals(200, me.statusCode());
            assertEquals("offline", TestHttp.json(me).get("name").asText());
        }
    }

    @Test
    void addKeyOnTheStateFileOfARunningEmulatorIsRefusedWithTheWayOut() {
        Path state = folder.resolve("state.json");
        try (EmsEmulator running = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            CliRun run = CliRun.of("add-key", "--state", state.toString(), "--type", "app", "--name", "x");
            assertEquals(ExitCodes.IN_USE, run.exitCode());
            assertEquals("State file " + state + " is in use by a running emulator. Change its keys through that "
                    + "emulator: use --url <its base URL> --admin-token-file <the token file it printed> instead of "
                    + "--state.\n", run.err());
            assertEquals(List.of(), running.keys());
        }
    }

    @Test
    void anUnknownServiceIsAUsageErrorNamingTheValue() {
        CliRun run = CliRun.of("add-key", "--url", url, "--admin-token-file", tokenFile.toString(), "--type", "app",
                "--name", "demo", "--grant", "studio:USE");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("Invalid value for option '--grant' (SERVICE[:TYPE/ID]:PERM[,PERM...]): Unknown service 'studio' in grant "
                + "'studio:USE': expected one of package-manager, workflows, task-mining, team, action-engine, "
                + "process-repository, process-analytics, transformation-center, storage-manager, event-collection, "
                + "ml-workbench, user-provisioning.", run.firstErrLine());
        assertEquals(List.of(), emulator.keys());
    }

    @Test
    void anUnknownPermissionIsAUsageErrorListingTheServicesNames() {
        CliRun run = CliRun.of("add-key", "--state", folder.resolve("s.json").toString(), "--type", "app",
                "--name", "demo", "--grant", "storage-manager:PUT");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("Invalid value for option '--grant' (SERVICE[:TYPE/ID]:PERM[,PERM...]): Unknown permission 'PUT' for "
                + "service 'storage-manager' in grant 'storage-manager:PUT': expected one of GET, LIST.", run.firstErrLine());
        assertFalse(Files.exists(folder.resolve("s.json")));
    }

    @Test
    void aMalformedGrantIsAUsageErrorShowingTheForm() {
        CliRun run = CliRun.of("add-key", "--state", folder.resolve("s.json").toString(), "--type", "app",
                "--name", "demo", "--grant", "USE_ALL_DATA_MODELS");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("Invalid value for option '--grant' (SERVICE[:TYPE/ID]:PERM[,PERM...]): Malformed grant "
                + "'USE_ALL_DATA_MODELS': expected service:PERM[,PERM...] or service:TYPE/ID:PERM[,PERM...], "
                + "e.g. event-collection:USE_ALL_DATA_MODELS.",
                run.firstErrLine());
    }

    @Test
    void anUnknownKeyTypeIsAUsageError() {
        CliRun run = CliRun.of("add-key", "--state", folder.resolve("s.json").toString(), "--type", "robot", "--name", "x");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("Invalid value for option '--type': Unknown key type 'robot': expected app or user.",
                run.firstErrLine());
    }

    @Test
    void aUserKeyNeedsAnEmail() {
        CliRun run = CliRun.of("add-key", "--state", folder.resolve("s.json").toString(), "--type", "user", "--name", "x");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("--email is required with --type user.", run.firstErrLine());
    }

    @Test
    void anApplicationKeyTakesNoEmailOrAdmin() {
        CliRun run = CliRun.of("add-key", "--state", folder.resolve("s.json").toString(), "--type", "app", "--name", "x",
                "--admin");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("--email and --admin are for user keys: drop them, or use --type user.", run.firstErrLine());
    }

    @Test
    void aKeyCommandNeedsToKnowWhereTheKeysAre() {
        CliRun run = CliRun.of("list-keys");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("Say where the keys are: --url URL --admin-token-file FILE for a running emulator, or --state FILE "
                + "for a state file.", run.firstErrLine());

        CliRun both = CliRun.of("list-keys", "--url", url, "--state", "x.json");
        assertEquals(ExitCodes.USAGE, both.exitCode());
        assertEquals("Give either --url with --admin-token-file (a running emulator) or --state (a state file), not both.",
                both.firstErrLine());
    }

    @Test
    void theAdminTokenIsOnlySentToThisMachine() {
        CliRun run = CliRun.of("list-keys", "--url", "https://demo.eu-1.celonis.cloud", "--admin-token-file",
                tokenFile.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("--url 'https://demo.eu-1.celonis.cloud' is not on this machine: the admin token is only sent to "
                + "127.0.0.1 or localhost.", run.firstErrLine());
    }

    @Test
    void aMissingTokenFileIsAUsageError() {
        Path missing = folder.resolve("nope");
        CliRun run = CliRun.of("list-keys", "--url", url, "--admin-token-file", missing.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("Admin token file " + missing + " does not exist. Give the file the emulator printed when it started.",
                run.firstErrLine());
    }

    @Test
    void aWrongTokenIsRefusedWithoutShowingIt() throws IOException {
        Path wrong = folder.resolve("wrong-token");
        Files.writeString(wrong, "not-the-token\n");
        CliRun run = CliRun.of("list-keys", "--url", url, "--admin-token-file", wrong.toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("The emulator at " + url + "/ refused the admin token from " + wrong + ". Use the token file the "
                + "emulator printed when it started.\n", run.err());
    }

    @Test
    void anEmulatorThatIsNotRunningIsReported() {
        emulator.close();
        CliRun run = CliRun.of("list-keys", "--url", url, "--admin-token-file", tokenFile.toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("Cannot reach the emulator at " + url + "/: connection refused. Start it with `emulator`, or check "
                + "--url.\n", run.err());
    }

    @Test
    void listKeysShowsATableWithoutValues() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of(Grant.parse("event-collection:USE_ALL_DATA_MODELS"),
                Grant.parse("team:MANAGE_GROUPS")));
        IssuedKey user = emulator.createUserKey("Alice Example", "alice@example.test", true, List.of());
        CliRun run = CliRun.of("list-keys", "--url", url, "--admin-token-file", tokenFile.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        String aliceOwner = "Alice Example <alice@example.test> (admin)";
        String row = "%-36s  %-4s  %-" + aliceOwner.length() + "s  %s";
        assertEquals(List.of(
                String.format(row, "ID", "TYPE", "OWNER", "GRANTS"),
                String.format(row, app.id(), "app", "demo", "team:MANAGE_GROUPS; event-collection:USE_ALL_DATA_MODELS"),
                String.format(row, user.id(), "user", aliceOwner, "-")), run.outLines());
        assertFalse(run.out().contains(app.value()));
        assertFalse(run.out().contains(user.value()));
    }

    @Test
    void listKeysOfAnEmptyStateFileSaysSo() {
        CliRun run = CliRun.of("list-keys", "--state", folder.resolve("empty.json").toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals("No keys yet. Make one with `emulator add-key`.\n", run.out());
    }

    @Test
    void deleteKeyAgainstARunningEmulator() {
        IssuedKey app = emulator.createApplicationKey("demo", List.of());
        CliRun run = CliRun.of("delete-key", "--url", url, "--admin-token-file", tokenFile.toString(), app.id());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals("Deleted key " + app.id() + ".\n", run.out());
        assertEquals(401, new TestHttp(emulator.baseUrl()).get("/api/cloud", app).statusCode());
    }

    @Test
    void deleteKeyOnAStateFile() {
        Path state = folder.resolve("state.json");
        String id;
        try (EmsEmulator onState = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            id = onState.createApplicationKey("demo", List.of()).id();
        }
        CliRun run = CliRun.of("delete-key", "--state", state.toString(), id);
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        try (EmsEmulator onState = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            assertEquals(List.of(), onState.keys());
        }
    }

    @Test
    void deleteAnUnknownKeyIsNotFound() {
        CliRun remote = CliRun.of("delete-key", "--url", url, "--admin-token-file", tokenFile.toString(), "no-such-id");
        assertEquals(ExitCodes.NOT_FOUND, remote.exitCode());
        assertEquals("No key with id 'no-such-id'. List the keys with `emulator list-keys` to see their ids.\n", remote.err());

        CliRun local = CliRun.of("delete-key", "--state", folder.resolve("state.json").toString(), "no-such-id");
        assertEquals(ExitCodes.NOT_FOUND, local.exitCode());
        assertEquals(remote.err(), local.err());
    }

    @Test
    void grantAndRevokeAgainstARunningEmulatorChangeWhatTheNextRequestSees() {
        String id = emulator.createApplicationKey("teach", List.of()).id();
        CliRun granted = CliRun.of("grant", id, "--url", url, "--admin-token-file", tokenFile.toString(),
                "--grant", "event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS");
        assertEquals(ExitCodes.OK, granted.exitCode(), granted.toString());
        assertEquals(List.of("Permissions of 'teach' (" + id + "):", "  event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS"),
                granted.outLines());
        assertEquals(List.of(Grant.parse("event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS")), emulator.keys().get(0).grants());

        CliRun revoked = CliRun.of("revoke", id, "--url", url, "--admin-token-file", tokenFile.toString(),
                "--grant", "event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS");
        assertEquals(List.of("Permissions of 'teach' (" + id + "):", "  No permissions found"), revoked.outLines());
        assertEquals(List.of(), emulator.keys().get(0).grants());
    }

    @Test
    void grantOnAStateFileAndAnUnknownId() {
        Path state = folder.resolve("g.json");
        assertEquals(ExitCodes.OK, CliRun.of("add-key", "--state", state.toString(), "--type", "app", "--name", "s").exitCode());
        CliRun unknown = CliRun.of("grant", "no-such-id", "--state", state.toString(), "--grant", "storage-manager:LIST");
        assertEquals(ExitCodes.NOT_FOUND, unknown.exitCode(), unknown.toString());
        assertEquals("No key with id 'no-such-id'. List the keys with `emulator list-keys` to see their ids.", unknown.err().strip());
    }

    @Test
    void aNameOverTwoHundredCharactersIsAUsageErrorAndMakesNoKey() {
        String name = "n".repeat(201);
        for (String[] where : new String[][] {{"--url", url, "--admin-token-file", tokenFile.toString()},
                {"--state", folder.resolve("s.json").toString()}}) {
            List<String> args = new java.util.ArrayList<>(List.of("add-key", "--type", "app", "--name", name));
            args.addAll(List.of(where));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
            assertEquals("An application name can be at most 200 characters; this one has 201. Choose a shorter one.",
                    run.firstErrLine());
        }
        assertEquals(List.of(), emulator.keys());
    }
}
