package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.kernel.cli.CelonisNbCommand;
import io.github.celonisnb.kernel.demo.KeyFileWriter;
import io.github.celonisnb.kernel.demo.KeyLeakCheck;

/**
 * The adapter jar in IJava, through real Jupyter: the IJava kernel is a test stand-in of IJava's entry
 * point ({@code io.github.spencerpark.ijava.IJava}) over a real basekernel 2.3.0 kernel with JShell,
 * which behaves as IJava does towards extensions (class path and startup script from the environment,
 * {@code %jars}, line magic values dropped). Its class path holds basekernel's libraries and the test
 * classes, never the product's classes, which come from {@code celonis-nb-ijava.jar} alone.
 */
class IJavaAdapterIT {

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

    private static Path standInSpec(String name) throws Exception {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", List.of(java(), "-cp", standInClassPath(), "io.github.spencerpark.ijava.IJava", "{connection_file}"));
        spec.put("display_name", "Java (IJava stand-in)");
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("env", Map.of());
        return jupyter.installKernelspec(name, spec);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String standInClassPath() throws ClassNotFoundException, URISyntaxException {
        List<String> entries = new ArrayList<>();
        for (String name : List.of("io.github.spencerpark.jupyter.kernel.BaseKernel", "org.zeromq.ZMQ",
                "com.neilalexander.jnacl.NaCl", "com.google.gson.Gson", "io.github.spencerpark.ijava.IJava")) {
            String entry = Path.of(Class.forName(name).getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path adapterJar() {
        return Path.of(System.getProperty("celonisnb.ijava.jar"));
    }

    @Test
    void anAttachedIJavaKernelLogsInAndRedactsTheKeyInStreamsAndResults() throws Exception {
        Path spec = standInSpec("ijava-attached");
        assertEquals(0, CelonisNbCommand.commandLine().execute("kernel", "attach", "--ijava-spec", spec.toString(),
                "--jar", adapterJar().toString()));
        IssuedKey key = emulator.createApplicationKey("ijava-user", List.of());
        Path profile = work.resolve("profile");
        KeyFileWriter.write(profile.resolve("app.json"), emulator.baseUrl().toString(), key.value());

        Path notebook = jupyter.notebookOf("ijava-login", "%celonis_login --app-key",
                "String json = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(\""
                        + profile.resolve("app.json") + "\")));\nSystem.out.println(json);",
                "json");
        JupyterHarness.Executed nb = jupyter.run(notebook, "ijava-attached", Map.of("CELONIS_PROFILE_DIR", profile.toString()), false);

        assertTrue(nb.run().succeeded(), () -> nb.run().log() + new String(nb.bytes()));
        String first = nb.stream(0, "stdout");
        assertTrue(first.startsWith("Celonis magics installed: %celonis_login, %celonis_logout, %celonis_redact. "
                + "Output of this kernel is redacted; from the next cell on, every message is.\n"), first);
        assertTrue(first.contains("INFO: Initial connect successful! You are using an Application Key."), first);
        assertTrue(first.contains("Get the session with: var celonis = io.github.celonisnb.magics.magic.CelonisSessions.current();"),
                first);
        assertTrue(nb.stream(1, "stdout").contains("[REDACTED celonis-app-key]"), nb.stream(1, "stdout"));
        assertTrue(nb.text(2).contains("[REDACTED celonis-app-key]"), nb.text(2));
        assertEquals(List.of(), KeyLeakCheck.occurrences(nb.bytes(), key.value()));
    }

    @Test
    void jarsAndOneInstallCallAddTheMagicsToARunningIJava() throws Exception {
        standInSpec("ijava-plain");
        Path notebook = jupyter.notebookOf("ijava-jars",
                "%jars " + adapterJar() + "\nio.github.celonisnb.kernel.ijava.IJavaExtension.install();",
                "%celonis_logout",
                "io.github.celonisnb.kernel.ijava.IJavaExtension.install();");
        JupyterHarness.Executed nb = jupyter.run(notebook, "ijava-plain", Map.of(), false);

        assertTrue(nb.run().succeeded(), nb.run().log());
        assertTrue(nb.stream(0, "stdout").startsWith("Celonis magics installed: "), nb.stream(0, "stdout"));
        assertEquals("There was no Celonis EMS session to log out of; nothing changed.\n", nb.stream(1, "stdout"));
        assertEquals("The Celonis magics are installed in this kernel already.\n", nb.stream(2, "stdout"));
    }
}
