package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.RecordedRequest;
import io.github.celonisnb.kernel.demo.KeyFileWriter;
import io.github.celonisnb.kernel.demo.KeyLeakCheck;
import io.github.celonisnb.magics.ProductVersion;
import io.github.celonisnb.magics.permissions.Service;

/**
 * The main job through real Jupyter: the teaching notebook logs in to the emulator with an
 * application key from a key file, prints the PyCelonis log, and is saved without the key.
 */
class LoginNotebookIT {

    private static final String STAMP = "\\[\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\] ";

    @TempDir
    static Path work;

    static EmsEmulator emulator;
    static JupyterHarness jupyter;

    @BeforeAll
    static void start() throws Exception {
        emulator = EmsEmulator.start(EmulatorConfig.builder().port(0).build());
        jupyter = new JupyterHarness(work);
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private static Path profileWith(String name, IssuedKey key) throws Exception {
        Path dir = work.resolve(name);
        KeyFileWriter.write(dir.resolve("app.json"), emulator.baseUrl().toString(), key.value());
        return dir;
    }

    @Test
    void theTeachingNotebookLogsInPrintsThePermissionLogAndIsSavedWithoutTheKey() throws Exception {
        IssuedKey key = emulator.createApplicationKey("notebook-01",
                List.of(Grant.parse("event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS")));
        Path profile = profileWith("profile-ok", key);
        int before = emulator.recordedRequests().size();

        JupyterHarness.Executed nb = jupyter.run(JupyterHarness.repoNotebook("01-login-with-application-key.ipynb"),
                Map.of("CELONIS_PROFILE_DIR", profile.toString()), false);

        assertTrue(nb.run().succeeded(), nb.run().log());
        String login = nb.stream(0, "stdout");
        List<String> lines = login.lines().toList();
        assertTrue(lines.get(0).matches(STAMP + "INFO: Using the key from key file "
                + Pattern.quote(profile.resolve("app.json").toString()) + " \\(not shown\\)\\."), lines.get(0));
        assertTrue(lines.get(1).matches(STAMP + "INFO: Initial connect successful! You are using an Application Key\\. "
                + "celonis-nb Version: " + Pattern.quote(ProductVersion.get())), lines.get(1));
        assertTrue(lines.get(2).matches(STAMP + "INFO: Your key has following permissions:"), lines.get(2));

        JsonNode permissions = JupyterHarness.JSON.readTree(permissionJson(login));
        List<String> services = new ArrayList<>();
        permissions.forEach(p -> services.add(p.path("serviceName").asText()));
        assertEquals(Service.inServerOrder().stream().map(Service::serviceName).toList(), services);
        for (JsonNode p : permissions) {
            List<String> names = new ArrayList<>();
            p.path("permissions").forEach(n -> names.add(n.asText()));
            List<String> expected = p.path("serviceName").asText().equals("event-collection")
                    ? List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS") : List.of();
            assertEquals(expected, names, p.toString());
            assertEquals(List.of("permissions", "serviceName"), fieldNames(p));
        }
        assertTrue(login.contains("    {\n        \"permissions\": [\n            \"USE_ALL_DATA_MODELS\",\n"), login);

        assertEquals("notebook-01", nb.text(1).strip());
        assertTrue(nb.text(2).contains("event-collection"), nb.text(2));
        assertEquals("APP_KEY", nb.text(3).strip());

        List<RecordedRequest> calls = emulator.recordedRequests().subList(before, emulator.recordedRequests().size());
        assertEquals("/api/cloud", calls.get(0).pathAndQuery());
        assertEquals("/api/cloud/permissions", calls.get(1).pathAndQuery());
        assertEquals("/api/team", calls.get(2).pathAndQuery());
        calls.forEach(c -> assertEquals(io.github.celonisnb.emulator.AuthScheme.APP_KEY, c.authScheme(), c.toString()));

        assertEquals(List.of(), KeyLeakCheck.occurrences(nb.bytes(), key.value()));
    }

    @Test
    void aPrintedKeyIsRedactedInTheSavedNotebook() throws Exception {
        IssuedKey key = emulator.createApplicationKey("printer", List.of());
        Path profile = profileWith("profile-print", key);
        Path notebook = jupyter.notebookOf("prints-key", "%celonis_login --app-key",
                "String json = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(\""
                        + profile.resolve("app.json") + "\")));\nSystem.out.println(json);\njson");

        JupyterHarness.Executed nb = jupyter.run(notebook, Map.of("CELONIS_PROFILE_DIR", profile.toString()), false);

        assertTrue(nb.run().succeeded(), nb.run().log());
        assertTrue(nb.stream(1, "stdout").contains("\"api_token\" : \"[REDACTED celonis-app-key]\""), nb.stream(1, "stdout"));
        assertTrue(nb.text(1).contains("[REDACTED celonis-app-key]"), nb.text(1));
        assertEquals(List.of(), KeyLeakCheck.occurrences(nb.bytes(), key.value()));
    }

    @Test
    void aMissingKeyFileEndsWithTheClearErrorNotAStackTrace() throws Exception {
        Path empty = Files.createDirectories(work.resolve("profile-empty"));
        JupyterHarness.Executed nb = jupyter.run(jupyter.notebookOf("missing", "%celonis_login --app-key"),
                Map.of("CELONIS_PROFILE_DIR", empty.toString()), true);

        JsonNode error = nb.error(0);
        assertEquals("CredentialsException", error.path("ename").asText());
        assertTrue(error.path("evalue").asText().contains(empty.resolve("app.json").toString()), error.toString());
        assertEquals(1, error.path("traceback").size(), error.toString());
    }

    @Test
    void aMalformedKeyFileEndsWithTheClearErrorAndDoesNotEchoItsContent() throws Exception {
        Path dir = Files.createDirectories(work.resolve("profile-malformed"));
        String content = "{\"url\": \"" + emulator.baseUrl() + "\", \"api_token\": \"half-written-secret-value";
        Files.writeString(dir.resolve("app.json"), content);
        JupyterHarness.Executed nb = jupyter.run(jupyter.notebookOf("malformed", "%celonis_login --app-key"),
                Map.of("CELONIS_PROFILE_DIR", dir.toString()), true);

        JsonNode error = nb.error(0);
        assertEquals("CredentialsException", error.path("ename").asText());
        assertTrue(error.path("evalue").asText().contains(dir.resolve("app.json").toString()), error.toString());
        assertFalse(new String(nb.bytes()).contains("half-written-secret-value"));
        assertEquals(1, error.path("traceback").size(), error.toString());
    }

    @Test
    void aDeletedKeyEndsWithTheClear401Message() throws Exception {
        IssuedKey key = emulator.createApplicationKey("deleted", List.of());
        Path profile = profileWith("profile-deleted", key);
        emulator.deleteKey(key.id());
        JupyterHarness.Executed nb = jupyter.run(jupyter.notebookOf("deleted", "%celonis_login --app-key"),
                Map.of("CELONIS_PROFILE_DIR", profile.toString()), true);

        JsonNode error = nb.error(0);
        assertEquals("KeyRejectedException", error.path("ename").asText(), error.toString());
        assertTrue(error.path("evalue").asText().startsWith("The key was rejected (401)"), error.toString());
        assertTrue(error.path("evalue").asText().contains("try --user-key"), error.toString());
        assertEquals(1, error.path("traceback").size(), error.toString());
        assertEquals(List.of(), KeyLeakCheck.occurrences(nb.bytes(), key.value()));
    }

    private static String permissionJson(String log) {
        Matcher m = Pattern.compile("(?s)following permissions:\n(\\[.*?\n\\])\n").matcher(log);
        assertTrue(m.find(), log);
        return m.group(1);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
