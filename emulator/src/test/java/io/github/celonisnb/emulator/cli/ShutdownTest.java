package io.github.celonisnb.emulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.emulator.TestHttp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real command in its own JVM: it serves until the process is told to stop, then cleans up. */
class ShutdownTest {

    @Test
    void servesUntilTerminatedThenStopsAndDeletesItsTemporaryTokenFile() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), EmulatorMain.class.getName(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            List<String> lines = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.equals("Press Ctrl+C to stop.")) {
                    break;
                }
            }
            assertEquals("Press Ctrl+C to stop.", lines.get(lines.size() - 1), String.join("\n", lines));
            URI base = URI.create(lines.get(0).substring("EMS emulator listening on ".length()));
            String tokenLine = lines.get(2);
            Path tokenFile = Path.of(tokenLine.substring("Admin token written to ".length(), tokenLine.indexOf(" (readable")));
            assertTrue(Files.exists(tokenFile));
            assertEquals(401, new TestHttp(base).get("/api/cloud", (String) null).statusCode());

            process.destroy();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the emulator stops when terminated");
            assertFalse(Files.exists(tokenFile), "the temporary token file is gone");
            assertThrows(UncheckedIOException.class, () -> new TestHttp(base).get("/api/cloud", (String) null));
        } finally {
            process.destroyForcibly();
        }
    }
}
