package io.github.celonisnb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.celonisnb.emulator.cli.EmulatorMain;
import io.github.celonisnb.emulator.internal.state.StateFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emulator command in its own JVM with {@code --state FILE}, killed without warning ({@code SIGKILL}) at
 * random moments while keys are being created over the admin surface. After every kill the file must parse and
 * hold exactly the state before the change in flight or the state after it: never half of one. The next start
 * must load that very file (not a temporary file left by the kill).
 */
class StateFileKillTest {

    private static final int ROUNDS = 12;
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aKilledEmulatorLeavesTheStateBeforeOrAfterTheChangeInFlight() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path state = folder.resolve("state.json");
        int changesSaved = 0;
        int killsMidChange = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String where = "round " + round + " (seed " + seed + ")";
            Running emulator = Running.start(state);
            try {
                JsonNode atStart = read(state, where);
                assertEquals(keyIds(atStart), emulator.keyIdsListed(), where + ": the restart loaded the state file");
                AtomicReference<Change> inFlight = new AtomicReference<>(new Change(atStart, null));
                List<String> problems = new ArrayList<>();
                int thisRound = round;
                Thread changer = new Thread(() -> makeChanges(emulator, state, thisRound, inFlight, problems),
                        "state-changer");
                changer.start();
                Thread.sleep(20 + random.nextInt(280));
                emulator.kill();
                changer.join(TimeUnit.SECONDS.toMillis(20));

                assertEquals(List.of(), problems, where);
                Change last = inFlight.get();
                JsonNode afterKill = read(state, where);
                new StateFile(state).load();
                if (afterKill.equals(last.before())) {
                    changesSaved += keyIds(afterKill).size() - keyIds(atStart).size();
                } else if (last.name() != null && isOneChangeAfter(last.before(), afterKill, last.name())) {
                    changesSaved += keyIds(afterKill).size() - keyIds(atStart).size();
                    killsMidChange++;
                } else {
                    fail(where + ": after the kill the state file holds neither the state before the change in flight"
                            + " (" + last.name() + ") nor the state after it");
                }
            } finally {
                emulator.kill();
            }
        }
        Running last = Running.start(state);
        try {
            assertEquals(keyIds(read(state, "the last start")), last.keyIdsListed());
        } finally {
            last.kill();
        }
        assertTrue(changesSaved > ROUNDS, "the kills came while changes were being made: " + changesSaved
                + " changes saved in " + ROUNDS + " rounds");
        System.out.printf("[state-kill] %d kills, %d changes saved, %d kills between a change's save and its answer"
                + " (seed %d)%n", ROUNDS, changesSaved, killsMidChange, seed);
    }

    /** Creates keys one after the other until the emulator dies, noting before each the state it starts from. */
    private static void makeChanges(Running emulator, Path state, int round, AtomicReference<Change> inFlight,
            List<String> problems) {
        JsonNode known = inFlight.get().before();
        for (int n = 0; ; n++) {
            String name = "round-" + round + "-key-" + n;
            inFlight.set(new Change(known, name));
            HttpResponse<String> answer;
            try {
                answer = emulator.createKey(name);
            } catch (UncheckedIOException e) {
                return;
            }
            if (answer.statusCode() != 201) {
                problems.add(name + ": " + answer.statusCode() + " " + answer.body());
                return;
            }
            try {
                known = STRICT.readTree(Files.readAllBytes(state));
            } catch (IOException e) {
                problems.add(name + ": the state file after its change does not parse");
                return;
            }
            if (!isOneChangeAfter(inFlight.get().before(), known, name)) {
                problems.add(name + ": the state file after its change is not the state before plus that change");
                return;
            }
        }
    }

    /** Whether {@code after} is {@code before} with one more application named {@code name} and its key. */
    private static boolean isOneChangeAfter(JsonNode before, JsonNode after, String name) {
        if (!before.get("version").equals(after.get("version")) || !before.get("team").equals(after.get("team"))
                || !before.get("users").equals(after.get("users"))) {
            return false;
        }
        ArrayNode appsBefore = (ArrayNode) before.get("applications");
        ArrayNode appsAfter = (ArrayNode) after.get("applications");
        ArrayNode keysBefore = (ArrayNode) before.get("keys");
        ArrayNode keysAfter = (ArrayNode) after.get("keys");
        if (appsAfter.size() != appsBefore.size() + 1 || keysAfter.size() != keysBefore.size() + 1) {
            return false;
        }
        for (int i = 0; i < appsBefore.size(); i++) {
            if (!appsBefore.get(i).equals(appsAfter.get(i))) {
                return false;
            }
        }
        for (int i = 0; i < keysBefore.size(); i++) {
            if (!keysBefore.get(i).equals(keysAfter.get(i))) {
                return false;
            }
        }
        JsonNode app = appsAfter.get(appsAfter.size() - 1);
        JsonNode key = keysAfter.get(keysAfter.size() - 1);
        return app.get("name").asText().equals(name) && key.get("owner").equals(app.get("id"))
                && key.get("type").asText().equals("app");
    }

    private static JsonNode read(Path state, String where) {
        try {
            return STRICT.readTree(Files.readAllBytes(state));
        } catch (IOException e) {
            throw new AssertionError(where + ": the state file " + state + " does not parse ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static Set<String> keyIds(JsonNode state) {
        return StreamSupport.stream(state.get("keys").spliterator(), false)
                .map(k -> k.get("id").asText())
                .collect(Collectors.toSet());
    }

    /** A change about to be made: the state it starts from, and the name of the application it adds. */
    private record Change(JsonNode before, String name) {
    }

    /** The emulator command running in a child JVM, with its address and admin token. */
    private static final class Running {

        private final Process process;
        private final TestHttp http;
        private final String token;

        private Running(Process process, URI base, String token) {
            this.process = process;
            this.http = new TestHttp(base);
            this.token = token;
        }

        static Running start(Path state) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Xshare:auto", "-cp", System.getProperty("java.class.path"), EmulatorMain.class.getName(),
                    "--port", "0", "--state", state.toString())
                    .redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("Press Ctrl+C to stop.")) {
                lines.add(line);
            }
            if (line == null) {
                process.destroyForcibly();
                throw new AssertionError("The emulator did not start:\n" + String.join("\n", lines));
            }
            URI base = URI.create(lines.get(0).substring("EMS emulator listening on ".length()));
            String tokenLine = lines.get(2);
            Path tokenFile = Path.of(tokenLine.substring("Admin token written to ".length(),
                    tokenLine.indexOf(" (readable")));
            return new Running(process, base, Files.readString(tokenFile).strip());
        }

        HttpResponse<String> createKey(String name) {
            return http.send("POST", "/emulator/api/keys", "{\"type\":\"app\",\"name\":\"" + name
                    + "\",\"grants\":[\"storage-manager:LIST\"]}", AdminToken.HEADER, token,
                    "Content-Type", "application/json");
        }

        Set<String> keyIdsListed() {
            HttpResponse<String> answer = http.send("GET", "/emulator/api/keys", null, AdminToken.HEADER, token);
            assertEquals(200, answer.statusCode());
            return StreamSupport.stream(TestHttp.json(answer).spliterator(), false)
                    .map(k -> k.get("id").asText())
                    .collect(Collectors.toSet());
        }

        /** SIGKILL: no shutdown hook, no cleanup, as a crash or an OOM killer would end it. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
