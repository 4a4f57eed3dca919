package io.github.celonisnb.emulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.TestHttp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emulator login-link} against a running emulator, over real sockets. */
class LoginLinkCommandTest {

    @TempDir
    Path folder;

    private Path tokenFileOf(EmsEmulator emulator) throws IOException {
        Path file = folder.resolve("admin-token");
        Files.writeString(file, emulator.adminToken().value() + "\n");
        return file;
    }

    @Test
    void printsAFreshLinkThatSignsInOnceAndReplacesTheOneBefore() throws IOException {
        try (EmsEmulator emulator = EmsEmulator.start(EmulatorConfig.builder().ui(true).build())) {
            URI earlier = emulator.newUiLoginUrl();
            CliRun run = CliRun.of("login-link", "--url", emulator.baseUrl().toString(), "--admin-token-file",
                    tokenFileOf(emulator).toString());
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            assertEquals(2, lines.size(), run.out());
            assertEquals("Open this link in your browser; it signs you in once:", lines.get(0));
            assertTrue(lines.get(1).matches("  " + Pattern.quote(emulator.baseUrl() + "/emulator/ui/login#token=")
                    + "[A-Za-z0-9_-]{43}"), lines.get(1));
            URI printed = URI.create(lines.get(1).trim());
            assertEquals(403, signIn(emulator, earlier).statusCode(), "the earlier link stopped working");
            assertEquals(303, signIn(emulator, printed).statusCode());
            assertEquals(403, signIn(emulator, printed).statusCode(), "the printed link works once");
        }
    }

    @Test
    void anEmulatorWithoutTheWebPageSaysToStartItWithUi() throws IOException {
        try (EmsEmulator emulator = EmsEmulator.start(EmulatorConfig.builder().build())) {
            CliRun run = CliRun.of("login-link", "--url", emulator.baseUrl().toString(), "--admin-token-file",
                    tokenFileOf(emulator).toString());
            assertEquals(ExitCodes.FAILURE, run.exitCode());
            assertEquals("The emulator at " + emulator.baseUrl() + "/ serves no web page, so it has no login link: start "
                    + "it with `emulator --ui`.", run.firstErrLine());
        }
    }

    @Test
    void withoutTheUrlItSaysWhichOptionsAreNeeded() {
        CliRun run = CliRun.of("login-link");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("Say which emulator: --url URL --admin-token-file FILE, as printed when it started.",
                run.firstErrLine());
    }

    private static HttpResponse<String> signIn(EmsEmulator emulator, URI link) {
        String token = link.getFragment().substring("token=".length());
        return new TestHttp(emulator.baseUrl()).send("POST", "/emulator/ui/login",
                "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), "Content-Type",
                "application/x-www-form-urlencoded", "Origin", "http://127.0.0.1:" + emulator.port());
    }
}
