package io.github.celonisnb.kernel.jupyter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Executes a notebook with Jupyter's {@code nbconvert --execute} in a child process and saves the
 * executed copy. With {@code allowErrors}, a failing cell is recorded in the output instead of
 * stopping the run, so error outputs can be read back.
 */
public final class NotebookExecutor {

    private final JupyterCommand jupyter;

    public NotebookExecutor(JupyterCommand jupyter) {
        this.jupyter = jupyter;
    }

    /**
     * Runs {@code notebook} with the kernel {@code kernelName} and writes the result to {@code output}.
     *
     * @param env         variables added to (or, with a null value, removed from) the child's environment
     * @param timeout     per-cell timeout for nbconvert, and (times four) for the whole run
     * @param allowErrors keep going after a failing cell
     */
    public NotebookRun execute(Path notebook, Path output, String kernelName, Map<String, String> env,
                               Duration timeout, boolean allowErrors) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(jupyter.executable().toString(), "nbconvert",
                "--to", "notebook", "--execute", notebook.toString(),
                "--output", output.getFileName().toString(),
                "--output-dir", output.toAbsolutePath().getParent().toString(),
                "--ExecutePreprocessor.kernel_name=" + kernelName,
                "--ExecutePreprocessor.timeout=" + Math.max(1, timeout.toSeconds())));
        if (allowErrors) {
            command.add("--allow-errors");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> childEnv = builder.environment();
        env.forEach((name, value) -> {
            if (value == null) {
                childEnv.remove(name);
            } else {
                childEnv.put(name, value);
            }
        });
        Path log = Files.createTempFile("celonis-nb-nbconvert", ".log");
        builder.redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toSeconds() * 4 + 60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("nbconvert did not finish " + notebook.getFileName()
                        + " in time and was stopped; see " + log + ".");
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new NotebookRun(process.exitValue(), output, text, elapsed);
    }
}
