package io.github.celonisnb.emulator;

import static io.github.celonisnb.emulator.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir
    Path folder;

    @Test
    void keysGrantsAndTeamSurviveARestart() {
        Path state = folder.resolve("state.json");
        IssuedKey app;
        IssuedKey user;
        String teamId;
        try (EmsEmulator first = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            app = first.createApplicationKey("demo", List.of(Grant.parse("event-collection:USE_ALL_DATA_MODELS")));
            user = first.createUserKey("Alice Example", "alice@example.test", true, List.of(Grant.parse("storage-manager:GET")));
            teamId = json(new TestHttp(first.baseUrl()).get("/api/team", app)).get("id").asText();
        }
        try (EmsEmulator second = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            TestHttp http = new TestHttp(second.baseUrl());
            assertEquals(200, http.get("/api/cloud", app).statusCode());
            assertEquals(teamId, json(http.get("/api/team", app)).get("id").asText());
            assertTrue(http.get("/api/cloud/permissions", app).body()
                    .contains("{\"serviceName\":\"event-collection\",\"permissions\":[\"USE_ALL_DATA_MODELS\"]}"));
            assertEquals(user.principalId(), json(http.get("/api/cloud", user)).get("id").asText());
            assertEquals(true, json(http.get("/api/cloud", user)).get("admin").asBoolean());
            assertEquals(List.of(Grant.parse("storage-manager:GET")), second.keys().get(1).grants());
        }
    }

    @Test
    void aKeyMadeThroughTheAdminSurfaceIsSavedAtOnce() {
        Path state = folder.resolve("state.json");
        String key;
        try (EmsEmulator first = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            TestHttp http = new TestHttp(first.baseUrl());
            key = json(http.send("POST", "/emulator/api/keys", "{\"type\":\"app\",\"name\":\"demo\"}",
                    AdminToken.HEADER, first.adminToken().value())).get("key").asText();
            assertTrue(readKeysOf(state).contains("\"sha256\""), "saved before the answer was sent");
        }
        try (EmsEmulator second = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            assertEquals(200, new TestHttp(second.baseUrl()).get("/api/cloud", "AppKey " + key).statusCode());
        }
    }

    @Test
    void objectGrantsSurviveARestart() {
        Path state = folder.resolve("state.json");
        List<Grant> grants = List.of(Grant.parse("event-collection:CREATE_DATA_POOL"),
                Grant.parse("event-collection:pool/" + SeedData.SANDBOX_POOL.id() + ":ADMIN,DATA_PUSH_API"),
                Grant.parse("package-manager:space/" + SeedData.FINANCE_SPACE.id() + ":USE,USE_ALL_PACKAGES"));
        try (EmsEmulator first = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            first.createApplicationKey("demo", grants);
        }
        try (EmsEmulator second = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            assertEquals(List.of(grants.get(2), grants.get(0), grants.get(1)), second.keys().get(0).grants());
        }
    }

    @Test
    void aDeletedKeyStaysDeletedAfterARestart() {
        Path state = folder.resolve("state.json");
        IssuedKey app;
        try (EmsEmulator first = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            app = first.createApplicationKey("demo", List.of());
            first.deleteKey(app.id());
        }
        try (EmsEmulator second = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            assertEquals(401, new TestHttp(second.baseUrl()).get("/api/cloud", app).statusCode());
            assertEquals(List.of(), second.keys());
        }
    }

    @Test
    void theFileHoldsOnlyHashesNeverAKeyOrItsParts() throws IOException {
        Path state = folder.resolve("state.json");
        IssuedKey app;
        IssuedKey user;
        try (EmsEmulator emulator = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            app = emulator.createApplicationKey("demo", List.of());
            user = emulator.createUserKey("Alice Example", "alice@example.test", false, List.of());
        }
        String content = Files.readString(state);
        for (IssuedKey key : List.of(app, user)) {
            String decoded = new String(Base64.getDecoder().decode(key.value()), StandardCharsets.US_ASCII);
            String uuidPart = decoded.substring(0, decoded.indexOf(':'));
            String secretPart = decoded.substring(decoded.indexOf(':') + 1);
            assertFalse(content.contains(key.value()), "no key value");
            assertFalse(content.contains(key.value().substring(0, 40)), "no key prefix");
            assertFalse(content.contains(secretPart), "no secret part");
            assertFalse(content.contains(uuidPart), "no uuid part");
        }
        assertTrue(content.contains("\"sha256\""));
    }

    @Test
    void theFileIsWrittenOwnerOnlyAndNoTemporaryFileIsLeft() throws IOException {
        Path state = folder.resolve("state.json");
        try (EmsEmulator emulator = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            emulator.createApplicationKey("demo", List.of());
            emulator.createApplicationKey("other", List.of());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(state)));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("state.json", "state.json.lock"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aStartWithAMissingFileCreatesIt() {
        Path state = folder.resolve("new.json");
        try (EmsEmulator emulator = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            assertTrue(Files.exists(state));
            assertEquals(state.toAbsolutePath(), emulator.stateFile().orElseThrow());
        }
    }

    @Test
    void aSecondEmulatorOnTheSameFileIsRefused() {
        Path state = folder.resolve("state.json");
        try (EmsEmulator first = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            StateFileException e = assertThrows(StateFileException.class,
                    () -> EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build()));
            assertEquals(StateFileException.Problem.IN_USE, e.problem());
            assertEquals("State file " + state + " is in use by another running emulator. Stop that one, or choose "
                    + "another state file.", e.getMessage());
        }
        EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build()).close();
    }

    @Test
    void anInvalidFileIsReportedWithoutQuotingIt() throws IOException {
        Path state = folder.resolve("state.json");
        Files.writeString(state, "{\"version\": 1, \"team\": oops-not-json}");
        StateFileException e = assertThrows(StateFileException.class,
                () -> EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build()));
        assertEquals(StateFileException.Problem.INVALID, e.problem());
        assertEquals("State file " + state + " is not valid JSON at line 1, column 29. Fix it, or move it away to "
                + "start with an empty team (it holds only hashes of keys, so nothing secret is lost).", e.getMessage());
    }

    @Test
    void aFileWithAnUnknownGrantNamesTheOwnerAndTheGrant() throws IOException {
        Path state = folder.resolve("state.json");
        Files.writeString(state, "{\"version\":1,\"team\":{\"id\":\"t1\",\"name\":\"Demo Team\",\"domain\":\"demo\"},"
                + "\"applications\":[{\"id\":\"a1\",\"name\":\"demo\",\"grants\":[\"team:NOPE\"]}],\"users\":[],\"keys\":[]}");
        StateFileException e = assertThrows(StateFileException.class,
                () -> EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build()));
        assertTrue(e.getMessage().startsWith("State file " + state + " has a grant of application a1 that cannot be "
                + "used: Unknown permission 'NOPE' for service 'team' in grant 'team:NOPE': expected one of "), e.getMessage());
    }

    @Test
    void aFileOfAnotherVersionIsRefused() throws IOException {
        Path state = folder.resolve("state.json");
        Files.writeString(state, "{\"version\":7}");
        StateFileException e = assertThrows(StateFileException.class,
                () -> EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build()));
        assertEquals("State file " + state + " has version 7, but this emulator reads version 1. Fix it, or move it "
                + "away to start with an empty team (it holds only hashes of keys, so nothing secret is lost).",
                e.getMessage());
    }

    @Test
    void aStateFileInAMissingFolderIsReported() {
        Path state = folder.resolve("no-such-folder").resolve("state.json");
        StateFileException e = assertThrows(StateFileException.class,
                () -> EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build()));
        assertEquals(StateFileException.Problem.UNWRITABLE, e.problem());
        assertEquals("Cannot create lock file " + state + ".lock: NoSuchFileException. Check that the folder exists "
                + "and is writable.", e.getMessage());
    }

    @Test
    void aBusyPortIsReportedWithTheFix() {
        try (EmsEmulator first = EmsEmulator.start(EmulatorConfig.builder().build())) {
            EmulatorStartException e = assertThrows(EmulatorStartException.class,
                    () -> EmsEmulator.start(EmulatorConfig.builder().port(first.port()).build()));
            assertEquals("Cannot listen on 127.0.0.1:" + first.port() + ": the port is in use. Choose another port, "
                    + "or 0 for any free one.", e.getMessage());
            assertEquals(first.port(), e.port());
        }
    }

    private static String readKeysOf(Path state) {
        try {
            return Files.readString(state);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
