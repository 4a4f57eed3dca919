package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.demo.KeyLeakCheck;
import io.github.celonisnb.kernel.demo.NotebookText;
import io.github.celonisnb.magics.credentials.KeyFiles;

/**
 * Notebook 03 through real Jupyter: every way of printing the key (whole, as a header, in two writes,
 * in a traceback, as a result, after logout) reaches the saved notebook as a redaction mark.
 */
class ShareSafelyNotebookIT {

    private static final String MARK = "[REDACTED celonis-app-key]";

    @TempDir
    static Path work;

    static JupyterHarness.Executed nb;
    static Map<String, JsonNode> cells = new HashMap<>();
    static String key;

    @BeforeAll
    static void run() throws Exception {
        JupyterHarness jupyter = new JupyterHarness(work);
        nb = jupyter.run(JupyterHarness.repoNotebook("03-share-safely.ipynb"), Map.of(), false);
        assertTrue(nb.run().succeeded(), nb.run().log());
        nb.notebook().path("cells").forEach(c -> cells.put(c.path("id").asText(), c));
        Matcher file = Pattern.compile("straight into (\\S+\\.json) ").matcher(text("setup"));
        assertTrue(file.find(), text("setup"));
        key = KeyFiles.readKey(Path.of(file.group(1))).reveal();
    }

    private static String text(String cellId) {
        StringBuilder s = new StringBuilder();
        cells.get(cellId).path("outputs").forEach(o -> s.append(NotebookText.outputText(o)));
        return s.toString();
    }

    @Test
    void theSavedNotebookHoldsTheKeyInNoForm() throws Exception {
        assertEquals(List.of(), KeyLeakCheck.occurrences(nb.bytes(), key));
        assertTrue(!new String(nb.bytes()).contains(key.substring(0, 40)));
    }

    @Test
    void everyPrintedFormShowsTheMark() {
        assertEquals("The key is " + MARK + "\n", text("print-key"));
        assertTrue(text("print-header").contains("Authorization: AppKey " + MARK + "\n"), text("print-header"));
        assertTrue(text("print-header").contains("{headers={authorization=AppKey " + MARK + "}}"), text("print-header"));
        assertEquals(MARK + "\n", text("print-split"));
        assertEquals(MARK + "\n", text("result"));
        assertEquals("still hidden: " + MARK + "\n", text("after-logout"));
    }

    @Test
    void aTracebackHoldingTheKeyShowsTheMark() {
        JsonNode error = null;
        for (JsonNode o : cells.get("traceback").path("outputs")) {
            if ("error".equals(o.path("output_type").asText())) {
                error = o;
            }
        }
        assertTrue(error != null, cells.get("traceback").toString());
        assertEquals("IllegalStateException", error.path("ename").asText());
        assertEquals("EMS call failed; request headers: Authorization: AppKey " + MARK, error.path("evalue").asText());
        assertTrue(error.path("traceback").toString().contains(MARK), error.toString());
    }

    @Test
    void aSecretTheKernelWasNeverToldAboutIsCaughtByItsShape() {
        assertEquals("aws_access_key_id = [REDACTED aws-access-key-id]\n", text("aws"));
    }

    @Test
    void logoutForgetsTheSessionButKeepsRedacting() {
        assertTrue(text("logout").startsWith("Logged out of http://127.0.0.1:"), text("logout"));
    }

    /** Runs the real jar's command line, with no default key files and no key in the environment. */
    private static ProcessResult celonisNb(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("celonisnb.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CELONIS_PROFILE_DIR", work.resolve("no-profiles").toString());
        builder.environment().remove("CELONIS_API_TOKEN");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        return new ProcessResult(p.exitValue(), out);
    }

    private record ProcessResult(int exitCode, String output) {
    }

    @Test
    void checkFindsNothingInTheExecutedNotebookAndSanitizeLeavesItByteForByte() throws Exception {
        Path saved = java.nio.file.Files.write(work.resolve("03-saved.ipynb"), nb.bytes());
        java.nio.file.attribute.FileTime before = java.nio.file.Files.getLastModifiedTime(saved);
        ProcessResult check = celonisNb("check", saved.toString());
        assertEquals(0, check.exitCode(), check.output());
        ProcessResult sanitize = celonisNb("sanitize", saved.toString());
        assertEquals(0, sanitize.exitCode(), sanitize.output());
        assertEquals(before, java.nio.file.Files.getLastModifiedTime(saved));
        assertTrue(java.util.Arrays.equals(nb.bytes(), java.nio.file.Files.readAllBytes(saved)));
    }

    @Test
    void theSameNotebookWithoutLiveRedactionIsCaughtByCheckAndCleanedBySanitize() throws Exception {
        // As if it had run in a kernel without celonis-nb: the marks put back to the key, in JSON's escaping.
        String leaky = new String(nb.bytes(), java.nio.charset.StandardCharsets.UTF_8).replace(MARK, key);
        Path file = java.nio.file.Files.writeString(work.resolve("03-leaky.ipynb"), leaky);
        ProcessResult check = celonisNb("check", "--key-file", Path.of(cellsKeyFile()).toString(), file.toString());
        assertEquals(1, check.exitCode(), check.output());
        assertTrue(check.output().contains("celonis-key in cell 5, output 0 (cells[5].outputs[0].text)"),
                check.output());
        assertTrue(!check.output().contains(key), "check must not print the key");
        ProcessResult sanitize = celonisNb("sanitize", "--key-file", cellsKeyFile(), file.toString());
        assertEquals(0, sanitize.exitCode(), sanitize.output());
        assertEquals(List.of(), KeyLeakCheck.occurrences(java.nio.file.Files.readAllBytes(file), key));
        assertEquals(0, celonisNb("check", "--key-file", cellsKeyFile(), file.toString()).exitCode());
    }

    private static String cellsKeyFile() {
        Matcher file = Pattern.compile("straight into (\\S+\\.json) ").matcher(text("setup"));
        assertTrue(file.find());
        return file.group(1);
    }
}
