package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.kernelspec.KernelspecInstaller;

/**
 * The kernel over the Jupyter wire protocol, driven by Debian's {@code jupyter_client} on
 * {@code /usr/bin/python3} ({@code protocol/kernel_protocol.py}): completion, inspection, is_complete,
 * interrupting a busy loop, a plain {@code input_request} through {@code System.in}, shutdown, and a
 * client that dies without shutting the kernel down.
 */
class KernelProtocolIT {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    static Path work;

    static JupyterHarness jupyter;
    static JsonNode session;

    @BeforeAll
    static void runTheSession() throws Exception {
        // The kernel as `celonis-nb kernel install` makes it, class data archive included.
        jupyter = new JupyterHarness(work, KernelspecInstaller.ClassData.ARCHIVE);
        Path out = work.resolve("session.json");
        Process p = python("session", out);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the protocol session did not finish in 120 s");
        assertEquals(0, p.exitValue(), () -> "the protocol session failed:\n" + read(out) + read(work.resolve("session.json.err")));
        session = JupyterHarness.JSON.readTree(out.toFile());
    }

    private static Process python(String mode, Path out) throws IOException, URISyntaxException {
        Path script = Path.of(KernelProtocolIT.class.getResource("/protocol/kernel_protocol.py").toURI());
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), script.toString(), mode)
                .redirectOutput(out.toFile()).redirectError(Path.of(out + ".err").toFile());
        pb.environment().putAll(jupyter.jupyterEnvironment());
        return pb.start();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(" + file + " unreadable)";
        }
    }

    @Test
    void theInstalledKernelStartsFromItsClassDataArchive() throws IOException {
        JsonNode spec = JupyterHarness.JSON.readTree(jupyter.kernelspec().resolve("kernel.json").toFile());
        assertTrue(texts(spec.path("argv")).contains("-XX:SharedArchiveFile={resource_dir}/celonis-nb.jsa"), spec.toString());
        assertTrue(Files.size(jupyter.kernelspec().resolve("celonis-nb.jsa")) > 1_000_000);
        assertEquals("Java", session.path("language").asText());
    }

    @Test
    void completionOffersTheMembersThatMatchWhatIsTyped() {
        JsonNode complete = session.path("complete");
        assertEquals("ok", complete.path("status").asText());
        assertEquals(List.of("print(", "printf(", "println("), texts(complete.path("matches")));
        assertEquals(11, complete.path("cursor_start").asInt());
        assertEquals(13, complete.path("cursor_end").asInt());
    }

    @Test
    void inspectionInTheMiddleOfAMethodNameShowsItsSignature() {
        JsonNode inspect = session.path("inspect");
        assertTrue(inspect.path("found").asBoolean(), inspect.toString());
        // The signature, then the Javadoc where the JDK ships its sources (Temurin does, Debian's -jdk-headless not).
        assertEquals("int String.length()", inspect.path("text").asText().lines().findFirst().orElse(""));
    }

    @Test
    void isCompleteSuggestsTheIndentOfEachOpenBlock() {
        JsonNode checks = session.path("is_complete");
        assertEquals("complete", checks.path("int x = 1;").path("status").asText());
        assertEquals("incomplete", checks.path("for (int i = 0; i < 3; i++) {").path("status").asText());
        assertEquals("  ", checks.path("for (int i = 0; i < 3; i++) {").path("indent").asText());
        assertEquals("    ", checks.path("if (true) {\n  while (x < 3) {").path("indent").asText());
        assertEquals("invalid", checks.path("int y = );").path("status").asText());
        assertEquals("complete", checks.path("%lsmagic").path("status").asText());
    }

    @Test
    void anInterruptEndsABusyLoopStopsItsThreadAndKeepsTheKernel() {
        JsonNode interrupt = session.path("interrupt");
        assertEquals("error", interrupt.path("status").asText());
        assertEquals("EvaluationInterruptedException", interrupt.path("ename").asText());
        assertTrue(interrupt.path("loop_ran").asBoolean(), interrupt.toString());
        assertTrue(interrupt.path("loop_stopped").asBoolean(), "the loop went on counting after the interrupt");
        assertEquals("42", interrupt.path("next_cell").asText());
    }

    @Test
    void readingSystemInAsksTheFrontEndWithAPlainInputRequest() {
        JsonNode input = session.path("input");
        assertEquals("ok", input.path("status").asText());
        assertEquals(1, input.path("requests").size());
        assertEquals("", input.path("requests").get(0).path("prompt").asText());
        assertFalse(input.path("requests").get(0).path("password").asBoolean());
        assertEquals("typed on the keyboard", input.path("result").asText());
    }

    @Test
    void withoutStdinReadingSystemInEndsAtOnceWithNoLine() {
        JsonNode input = session.path("input_without_stdin");
        assertEquals("ok", input.path("status").asText());
        assertTrue(input.path("result").isNull(), input.toString());
    }

    @Test
    void aShutdownRequestEndsTheKernelProcess() {
        JsonNode shutdown = session.path("shutdown");
        assertFalse(shutdown.path("alive_after").asBoolean());
        assertFalse(isRunning(session.path("kernel_pid").asLong()));
    }

    @Test
    void whenTheClientIsKilledTheKernelEndsItselfInsteadOfLingering() throws Exception {
        Path out = work.resolve("crash.json");
        Process client = python("crash", out);
        assertTrue(client.waitFor(120, TimeUnit.SECONDS), "the crashing client did not start a kernel");
        long kernelPid = JupyterHarness.JSON.readTree(out.toFile()).path("kernel_pid").asLong();
        assertTrue(kernelPid > 0, read(out));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (isRunning(kernelPid) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        boolean orphaned = isRunning(kernelPid);
        if (orphaned) {
            ProcessHandle.of(kernelPid).ifPresent(ProcessHandle::destroyForcibly);
        }
        assertFalse(orphaned, "kernel " + kernelPid + " outlived its killed client");
    }

    /** Alive and not a zombie: an exited kernel whose dead parent cannot reap it stays in the table as Z. */
    private static boolean isRunning(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            char state = text.charAt(text.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException gone) {
            return false;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new java.util.ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
