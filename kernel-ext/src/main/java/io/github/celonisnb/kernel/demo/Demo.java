package io.github.celonisnb.kernel.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.kernel.jupyter.JupyterCommand;
import io.github.celonisnb.kernel.jupyter.NotebookExecutor;
import io.github.celonisnb.kernel.jupyter.NotebookRun;
import io.github.celonisnb.kernel.kernelspec.KernelspecInstaller;

/**
 * The main job, end to end: an EMS emulator on loopback, an application key with only what the
 * teaching notebook needs, a key file, our kernel, and the notebook executed by real Jupyter; then a
 * check that the saved notebook holds no trace of the key.
 */
public final class Demo {

    /** The notebook the demo runs, bundled in the jar under {@code notebooks/}. */
    public static final String NOTEBOOK = "01-login-with-application-key.ipynb";
    /** The only grant the demo key gets: what the notebook needs, nothing more. */
    public static final String DEMO_GRANT = "event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS";

    /** How the demo ended, as the command's exit code. */
    public enum Outcome {
        OK(0), NOTEBOOK_FAILED(1), KEY_LEAKED(1), JUPYTER_MISSING(3);

        public final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    private final Path folder;
    private final Path kernelJar;
    private final Duration cellTimeout;
    private final PrintWriter out;
    private final PrintWriter err;

    public Demo(Path folder, Path kernelJar, Duration cellTimeout, PrintWriter out, PrintWriter err) {
        this.folder = folder;
        this.kernelJar = kernelJar;
        this.cellTimeout = cellTimeout;
        this.out = out;
        this.err = err;
    }

    public Outcome run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        JupyterCommand jupyter = JupyterCommand.find().orElse(null);
        if (jupyter == null) {
            err.println("Jupyter's nbconvert is not installed, and the demo runs the notebook with it.");
            err.println("Install it (as root) with:  " + JupyterCommand.INSTALL_HINT);
            err.println("or run `bin/celonis-nb demo` as root, which installs it for you.");
            return Outcome.JUPYTER_MISSING;
        }
        Files.createDirectories(folder);
        line("Demo folder", folder.toString());
        try (EmsEmulator emulator = EmsEmulator.start(EmulatorConfig.builder().port(0).build())) {
            Thread stopOnInterrupt = new Thread(emulator::close, "celonis-nb-demo-stop");
            Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
            try {
                return runAgainst(emulator, jupyter, start);
            } finally {
                removeHook(stopOnInterrupt);
            }
        }
    }

    private Outcome runAgainst(EmsEmulator emulator, JupyterCommand jupyter, long start)
            throws IOException, InterruptedException {
        line("EMS emulator", emulator.baseUrl() + " (stopped when the demo ends)");
        IssuedKey key = emulator.createApplicationKey("celonis-nb demo", List.of(Grant.parse(DEMO_GRANT)));
        line("Application key", "'" + key.name() + "', granted only " + DEMO_GRANT.replace(":", ": ").replace(",", ", "));

        Path profiles = folder.resolve("pycelonis-profiles");
        Path keyFile = profiles.resolve("app.json");
        KeyFileWriter.write(keyFile, emulator.baseUrl().toString(), key.value());
        line("Key file", keyFile + " (mode 600; the key is printed nowhere)");

        Path prefix = folder.resolve("jupyter");
        Path spec = new KernelspecInstaller(KernelspecInstaller.ClassData.NONE).install(KernelspecInstaller.kernelsUnderPrefix(prefix), kernelJar,
                KernelspecInstaller.currentJava());
        line("Kernel", spec.toString());

        Path input = folder.resolve("notebooks").resolve(NOTEBOOK);
        copyBundledNotebook(input);
        Path executed = folder.resolve(NOTEBOOK.replace(".ipynb", ".executed.ipynb"));
        line("Running", NOTEBOOK + " with " + jupyter.executable() + " nbconvert --execute");
        out.flush();

        Map<String, String> env = new HashMap<>();
        env.put("JUPYTER_PATH", prefix.resolve("share").resolve("jupyter").toString());
        env.put("JUPYTER_RUNTIME_DIR", folder.resolve("jupyter-runtime").toString());
        env.put("CELONIS_PROFILE_DIR", profiles.toString());
        // The notebook must take its key from the key file, not from whatever this shell has set.
        env.put("CELONIS_API_TOKEN", null);
        env.put("CELONIS_URL", null);
        env.put("CELONIS_KEY_TYPE", null);
        NotebookRun run = new NotebookExecutor(jupyter).execute(input, executed, KernelspecInstaller.KERNEL_NAME,
                env, cellTimeout, false);

        if (Files.exists(executed)) {
            out.println();
            out.println("--- " + executed.getFileName() + " ---");
            out.print(NotebookText.transcript(executed));
            out.println("--- end of notebook ---");
            out.println();
        }
        if (!run.succeeded()) {
            err.println("The notebook did not run through (nbconvert exit code " + run.exitCode() + "). Its log:");
            err.println(run.log().strip());
            return Outcome.NOTEBOOK_FAILED;
        }
        line("Executed notebook", executed + " (" + run.elapsed().toMillis() + " ms in Jupyter)");
        List<String> leaks = KeyLeakCheck.occurrences(Files.readAllBytes(executed), key.value());
        if (!leaks.isEmpty()) {
            err.println("The saved notebook contains the key (" + String.join(", ", leaks)
                    + "). Do not share it; delete the key in the emulator or EMS.");
            return Outcome.KEY_LEAKED;
        }
        line("Key check", "the key occurs nowhere in the saved notebook, raw or JSON-escaped");
        line("Done", String.format("in %.1f s", (System.nanoTime() - start) / 1e9));
        return Outcome.OK;
    }

    private void copyBundledNotebook(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = Demo.class.getResourceAsStream("/notebooks/" + NOTEBOOK)) {
            if (in == null) {
                throw new IOException("The jar has no bundled notebooks/" + NOTEBOOK + "; rebuild it with `mvn -q package`.");
            }
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void line(String label, String value) {
        out.printf("  %-18s %s%n", label + ":", value);
        out.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting and will run the hook itself
        }
    }
}
