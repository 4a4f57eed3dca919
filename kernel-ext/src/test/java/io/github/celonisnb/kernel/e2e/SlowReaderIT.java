package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A front end that reads more slowly than a cell prints still gets all of the cell's output, in order, before the
 * cell's idle status: jupyter_client runs a cell that prints 200 MB (about 3,200 stream messages) and sleeps 2 ms after
 * each message it reads, so it falls more than ZeroMQ's default 1,000 queued messages behind. With that default the
 * kernel's IOPub socket dropped the messages beyond it: the notebook lost the last third of the output, and at times
 * the idle status itself, so that the front end waited until its own timeout.
 */
class SlowReaderIT {

    @TempDir
    static Path work;

    @Test
    void aFrontEndThatFallsBehindStillGetsTheWholeOutput() throws Exception {
        JupyterHarness jupyter = new JupyterHarness(work);
        Path script = work.resolve("slow_reader.py");
        try (InputStream in = SlowReaderIT.class.getResourceAsStream("/e2e/slow_reader.py")) {
            Files.write(script, in.readAllBytes());
        }
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/python3", script.toString())
                .redirectError(work.resolve("slow_reader.log").toFile());
        builder.environment().putAll(jupyter.jupyterEnvironment());
        builder.environment().put("PRINT_MB", "200");
        builder.environment().put("DELAY_SECONDS", "0.002");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(200, TimeUnit.SECONDS), "the jupyter_client driver did not finish");
        assertEquals(0, process.exitValue(), () -> "the jupyter_client driver failed:\n" + out + "\n"
                + readQuietly(work.resolve("slow_reader.log")));
        JsonNode result = JupyterHarness.JSON.readTree(out);

        assertEquals("ok", result.get("status").asText());
        assertEquals(result.get("expected").asLong(), result.get("received").asLong(),
                () -> "output arrived before the idle status: " + result);
        assertEquals(0, result.get("after_idle").asLong(), () -> "output arrived after the idle status: " + result);
        assertTrue(result.get("messages").asInt() > 2000, () -> "the cell's output came in few messages: " + result);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return "";
        }
    }
}
