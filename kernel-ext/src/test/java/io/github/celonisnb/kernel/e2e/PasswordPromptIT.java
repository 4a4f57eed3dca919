package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;

/**
 * {@code %celonis_login --prompt} with a front end that allows input: jupyter_client (Debian's
 * {@code python3-jupyter-client}) runs the cell with {@code allow_stdin}, and answers the kernel's input request.
 */
class PasswordPromptIT {

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

    private static JsonNode runCell(String code, String answer) throws Exception {
        return runCell(code, answer, Map.of());
    }

    private static JsonNode runCell(String code, String answer, Map<String, String> environment) throws Exception {
        Path script = work.resolve("prompt_client.py");
        try (InputStream in = PasswordPromptIT.class.getResourceAsStream("/e2e/prompt_client.py")) {
            Files.write(script, in.readAllBytes());
        }
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/python3", script.toString(), code)
                .redirectError(work.resolve("prompt_client.log").toFile());
        builder.environment().putAll(jupyter.jupyterEnvironment());
        builder.environment().put("PROMPT_ANSWER", answer);
        builder.environment().remove("CELONIS_API_TOKEN");
        builder.environment().remove("CELONIS_URL");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jupyter_client driver did not finish");
        assertEquals(0, process.exitValue(), () -> "the jupyter_client driver failed:\n" + out + "\n"
                + read(work.resolve("prompt_client.log")));
        return JupyterHarness.JSON.readTree(out);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void theKeyIsAskedForWithAPasswordPromptAndTheLoginUsesIt() throws Exception {
        IssuedKey key = emulator.createApplicationKey("prompted", List.of(Grant.parse("event-collection:USE_ALL_DATA_MODELS")));
        JsonNode result = runCell("%celonis_login --app-key --prompt --url " + emulator.baseUrl(), key.value());

        assertEquals("ok", result.path("status").asText(), result.toString());
        assertEquals(1, result.path("prompts").size(), result.toString());
        assertEquals("Celonis EMS application key (the input is hidden): ",
                result.path("prompts").get(0).path("prompt").asText());
        assertTrue(result.path("prompts").get(0).path("password").asBoolean(), "the front end hides what is typed");
        String stdout = result.path("stdout").asText();
        assertTrue(stdout.contains("INFO: Using the key from a masked prompt (not shown)."), stdout);
        assertTrue(stdout.contains("INFO: Initial connect successful! You are using an Application Key."), stdout);
        assertTrue(stdout.contains("INFO: Permission summary: 1 permission (1 low) in Data Integration."), stdout);
        assertFalse(result.toString().contains(key.value()), "no message of the cell holds the key");
    }

    @Test
    void aKeyTypedWrongIsRefusedWithoutBeingShown() throws Exception {
        JsonNode result = runCell("%celonis_login --app-key --prompt --url " + emulator.baseUrl(), "abc def ghi");
        assertEquals("error", result.path("status").asText(), result.toString());
        assertEquals("MagicUsageException", result.path("error").path("ename").asText());
        assertEquals("What was typed at the prompt is not a key. The key contains whitespace at position 4; a Celonis"
                + " key is one unbroken token.", result.path("error").path("evalue").asText());
    }

    /**
     * A prompt whose last characters could begin a registered secret (here the secret starts with the prompt's
     * last letter) is shown whole before the input request, not with those characters held back until the answer.
     */
    @Test
    void aPromptEndingInWhatCouldBeginASecretIsShownWholeBeforeTheInputRequest() throws Exception {
        String secret = "s" + java.util.UUID.randomUUID().toString().replace("-", "");
        JsonNode result = runCell("System.out.print(\"Continue? yes/no s\"); "
                + "String a = new java.util.Scanner(System.in).nextLine(); System.out.println(\"|\" + a);",
                "bob", Map.of("PROMPT_TEST_TOKEN", secret));
        assertEquals("ok", result.path("status").asText(), result.toString());
        assertEquals("Continue? yes/no s", result.path("stdout_before_prompt").asText(), result.toString());
        assertEquals("Continue? yes/no s|bob\n", result.path("stdout").asText());
    }
}
