package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.celonisnb.kernel.demo.NotebookText;
import io.github.celonisnb.kernel.jupyter.JupyterCommand;
import io.github.celonisnb.kernel.jupyter.NotebookExecutor;
import io.github.celonisnb.kernel.jupyter.NotebookRun;
import io.github.celonisnb.kernel.kernelspec.KernelspecInstaller;

/**
 * Runs notebooks through real Jupyter ({@code nbconvert --execute}) with the celonis-nb kernel
 * installed from the freshly built jar into a private prefix.
 */
final class JupyterHarness {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Path work;
    private final Path prefix;
    private final NotebookExecutor executor;

    /** A harness whose kernelspec has no class data archive: installs stay quick. */
    JupyterHarness(Path work) throws IOException {
        this(work, KernelspecInstaller.ClassData.NONE);
    }

    JupyterHarness(Path work, KernelspecInstaller.ClassData classData) throws IOException {
        this.work = work;
        JupyterCommand jupyter = JupyterCommand.find().orElse(null);
        if (jupyter == null) {
            fail("Jupyter's nbconvert is missing, so the end-to-end tests cannot run. bin/test installs it "
                    + "(as root); or run: " + JupyterCommand.INSTALL_HINT);
        }
        this.executor = new NotebookExecutor(jupyter);
        String jar = System.getProperty("celonisnb.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)),
                "The end-to-end tests need the shaded jar (system property celonisnb.jar); run them with mvn verify.");
        this.prefix = work.resolve("jupyter");
        new KernelspecInstaller(classData).install(KernelspecInstaller.kernelsUnderPrefix(prefix), Path.of(jar),
                KernelspecInstaller.currentJava());
    }

    /** The repository's own notebook, e.g. {@code 01-login-with-application-key.ipynb}. */
    static Path repoNotebook(String name) {
        Path repo = Path.of(System.getProperty("celonisnb.repo", ".."));
        return repo.resolve("notebooks").resolve(name);
    }

    /** Where Jupyter finds the freshly installed kernelspec: {@code JUPYTER_PATH} and a private runtime folder. */
    Map<String, String> jupyterEnvironment() {
        return Map.of("JUPYTER_PATH", prefix.resolve("share").resolve("jupyter").toString(),
                "JUPYTER_RUNTIME_DIR", work.resolve("runtime").toString());
    }

    /** The kernelspec folder of the installed celonis-nb kernel. */
    Path kernelspec() {
        return KernelspecInstaller.kernelsUnderPrefix(prefix).resolve(KernelspecInstaller.KERNEL_NAME);
    }

    /** Installs another kernelspec under the same prefix; returns its folder. */
    Path installKernelspec(String name, Map<String, Object> kernelJson) throws IOException {
        Path dir = KernelspecInstaller.kernelsUnderPrefix(prefix).resolve(name);
        Files.createDirectories(dir);
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("kernel.json").toFile(), kernelJson);
        return dir;
    }

    /** Executes a notebook; {@code env} entries with a null value are removed from the kernel's environment. */
    Executed run(Path notebook, Map<String, String> env, boolean allowErrors) throws Exception {
        return run(notebook, KernelspecInstaller.KERNEL_NAME, env, allowErrors);
    }

    /** Executes a notebook with the named kernel. */
    Executed run(Path notebook, String kernelName, Map<String, String> env, boolean allowErrors) throws Exception {
        NotebookRun run = execute(notebook, kernelName, env, allowErrors);
        Path out = run.output();
        assertTrue(Files.exists(out), () -> "nbconvert wrote no notebook; its log:\n" + run.log());
        // Keep a copy beside the build's jar, to read when an assertion fails.
        Path kept = Path.of(System.getProperty("celonisnb.jar")).resolveSibling("e2e-notebooks");
        Files.createDirectories(kept);
        Files.copy(out, kept.resolve(out.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new Executed(run, JSON.readTree(out.toFile()), Files.readAllBytes(out));
    }

    /**
     * Executes a notebook and returns how nbconvert ended, for runs expected to stop: nbconvert writes no notebook
     * when a cell fails without {@code allowErrors}.
     */
    NotebookRun execute(Path notebook, Map<String, String> env, boolean allowErrors) throws Exception {
        return execute(notebook, KernelspecInstaller.KERNEL_NAME, env, allowErrors);
    }

    private NotebookRun execute(Path notebook, String kernelName, Map<String, String> env, boolean allowErrors)
            throws Exception {
        Map<String, String> all = new HashMap<>();
        all.put("JUPYTER_PATH", prefix.resolve("share").resolve("jupyter").toString());
        all.put("JUPYTER_RUNTIME_DIR", work.resolve("runtime").toString());
        all.put("CELONIS_API_TOKEN", null);
        all.put("CELONIS_URL", null);
        all.put("CELONIS_KEY_TYPE", null);
        all.putAll(env);
        Path out = work.resolve("executed-" + notebook.getFileName());
        return executor.execute(notebook, out, kernelName, all, Duration.ofSeconds(120), allowErrors);
    }

    /** Writes a notebook whose code cells are the given sources, for one-off cases. */
    Path notebookOf(String name, String... codeCells) throws IOException {
        ObjectNode nb = JSON.createObjectNode();
        ArrayNode cells = nb.putArray("cells");
        int i = 0;
        for (String source : codeCells) {
            ObjectNode cell = cells.addObject();
            cell.put("cell_type", "code");
            cell.putNull("execution_count");
            cell.put("id", "cell-" + (i++));
            cell.putObject("metadata");
            cell.putArray("outputs");
            cell.put("source", source);
        }
        ObjectNode meta = nb.putObject("metadata");
        ObjectNode spec = meta.putObject("kernelspec");
        spec.put("name", KernelspecInstaller.KERNEL_NAME);
        spec.put("display_name", KernelspecInstaller.DISPLAY_NAME);
        spec.put("language", "java");
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        Path file = work.resolve(name + ".ipynb");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), nb);
        return file;
    }

    /** An executed notebook, read back. */
    record Executed(NotebookRun run, JsonNode notebook, byte[] bytes) {

        List<JsonNode> codeCells() {
            List<JsonNode> cells = new ArrayList<>();
            notebook.path("cells").forEach(c -> {
                if ("code".equals(c.path("cell_type").asText())) {
                    cells.add(c);
                }
            });
            return cells;
        }

        /** Every output of code cell {@code index} as text, ANSI colours removed. */
        String text(int index) {
            StringBuilder s = new StringBuilder();
            codeCells().get(index).path("outputs").forEach(o -> s.append(NotebookText.outputText(o)));
            return s.toString();
        }

        /** The stream text of one stream ({@code stdout}/{@code stderr}) of code cell {@code index}. */
        String stream(int index, String name) {
            StringBuilder s = new StringBuilder();
            codeCells().get(index).path("outputs").forEach(o -> {
                if ("stream".equals(o.path("output_type").asText()) && name.equals(o.path("name").asText())) {
                    s.append(NotebookText.joined(o.path("text")));
                }
            });
            return s.toString();
        }

        /** The error output of code cell {@code index}, or a missing node. */
        JsonNode error(int index) {
            for (JsonNode o : codeCells().get(index).path("outputs")) {
                if ("error".equals(o.path("output_type").asText())) {
                    return o;
                }
            }
            return JSON.missingNode();
        }
    }
}
