package io.github.celonisnb.emulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.emulator.AdminToken;
import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.TestHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorCommandTest {

    @TempDir
    Path folder;

    @Test
    void startsInMemoryAndPrintsUrlAndTokenFile() {
        AtomicReference<EmsEmulator> seen = new AtomicReference<>();
        AtomicReference<Path> tokenFile = new AtomicReference<>();
        List<Integer> statuses = new ArrayList<>();
        CliRun run = CliRun.of(running -> {
            seen.set(running);
            Path file = findTokenFile();
            tokenFile.set(file);
            try {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                assertEquals(running.adminToken().value() + "\n", Files.readString(file));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            TestHttp http = new TestHttp(running.baseUrl());
            statuses.add(http.send("GET", "/emulator/api/keys", null, AdminToken.HEADER, running.adminToken().value())
                    .statusCode());
            statuses.add(http.get("/api/cloud", (String) null).statusCode());
        }, "--port", "0");

        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(List.of(200, 401), statuses);
        String base = seen.get().baseUrl().toString();
        assertEquals(List.of(
                "EMS emulator listening on " + base,
                "State: in memory (keys are gone when it stops; use --state FILE to keep them)",
                "Admin token written to " + tokenFile.get() + " (readable by you only); send it as header "
                        + "X-Emulator-Admin-Token.",
                "Add a key: celonis-nb emulator add-key --url " + base + " --admin-token-file " + tokenFile.get()
                        + " --type app --name NAME --grant SERVICE:PERM",
                "Press Ctrl+C to stop."), run.outLines());
        assertFalse(Files.exists(tokenFile.get()), "the temporary token file goes with the emulator");
        assertThrows(java.io.UncheckedIOException.class,
                () -> new TestHttp(seen.get().baseUrl()).get("/api/cloud", (String) null), "the emulator has stopped");
    }

    @Test
    void withUiItPrintsTheOneTimeLinkToOpenAndThePageAnswers() {
        List<Integer> statuses = new ArrayList<>();
        AtomicReference<EmsEmulator> seen = new AtomicReference<>();
        CliRun run = CliRun.of(running -> {
            seen.set(running);
            statuses.add(new TestHttp(running.baseUrl()).get("/emulator/ui/login", (String) null).statusCode());
        }, "--ui");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(List.of(200), statuses);
        List<String> lines = run.outLines();
        assertEquals("Admin & Settings page: open this link in your browser. It signs you in once; the browser then "
                + "stays signed in for 8 hours:", lines.get(lines.size() - 4));
        assertTrue(lines.get(lines.size() - 3).matches("  " + java.util.regex.Pattern.quote(seen.get().baseUrl()
                + "/emulator/ui/login#token=") + "[A-Za-z0-9_-]{43}"), lines.get(lines.size() - 3));
        assertTrue(lines.get(lines.size() - 2).matches(java.util.regex.Pattern.quote("Signed out, or the link used "
                + "already? A new link: celonis-nb emulator login-link --url " + seen.get().baseUrl()
                + " --admin-token-file ") + "/.+\\.admin-token"), lines.get(lines.size() - 2));
        assertEquals("Press Ctrl+C to stop.", lines.get(lines.size() - 1));
    }

    @Test
    void withAStateFileTheTokenGoesBesideItAndKeysPersist() throws IOException {
        Path state = folder.resolve("state.json");
        Path expectedToken = folder.resolve("state.json.admin-token");
        CliRun run = CliRun.of(running -> {
            assertEquals(true, Files.exists(expectedToken));
            running.createApplicationKey("kept", List.of());
        }, "--state", state.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals("State file: " + state, run.outLines().get(1));
        assertEquals("Admin token written to " + expectedToken + " (readable by you only); send it as header "
                + "X-Emulator-Admin-Token.", run.outLines().get(2));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(expectedToken)));
        try (EmsEmulator again = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            assertEquals("kept", again.keys().get(0).name());
        }
    }

    @Test
    void writesTheTokenWhereAsked() throws IOException {
        Path token = folder.resolve("my-token");
        Files.writeString(token, "old content");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicReference<String> value = new AtomicReference<>();
        CliRun run = CliRun.of(running -> value.set(running.adminToken().value()), "--admin-token-file", token.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(value.get() + "\n", Files.readString(token));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(token)));
    }

    @Test
    void withTlsItPrintsTheCaFileAndKeyCommandsTrustIt() throws IOException {
        Path state = folder.resolve("state.json");
        Path caFile = folder.resolve("state.json.ca.pem");
        Path tokenFile = folder.resolve("state.json.admin-token");
        List<CliRun> keyRuns = new ArrayList<>();
        CliRun run = CliRun.of(running -> {
            String url = running.baseUrl().toString();
            keyRuns.add(CliRun.of("add-key", "--url", url, "--admin-token-file", tokenFile.toString(),
                    "--ca-file", caFile.toString(), "--type", "app", "--name", "over-tls"));
            keyRuns.add(CliRun.of("list-keys", "--url", url, "--admin-token-file", tokenFile.toString()));
        }, "--state", state.toString(), "--tls");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals("TLS: trust the CA certificate in " + caFile + " (PEM), e.g. SSL_CERT_FILE=" + caFile
                + " or REQUESTS_CA_BUNDLE=" + caFile + ".", run.outLines().get(3));
        assertTrue(run.outLines().get(0).startsWith("EMS emulator listening on https://127.0.0.1:"), run.out());
        assertTrue(run.outLines().get(4).contains(" --ca-file " + caFile + " --type app"), run.outLines().get(4));
        assertTrue(Files.readString(caFile).startsWith("-----BEGIN CERTIFICATE-----"));

        assertEquals(ExitCodes.OK, keyRuns.get(0).exitCode(), keyRuns.get(0).toString());
        assertEquals(ExitCodes.FAILURE, keyRuns.get(1).exitCode());
        assertTrue(keyRuns.get(1).err().endsWith(" over TLS: SSLHandshakeException. For an emulator started with --tls, "
                + "add --ca-file with the CA file it printed.\n"), keyRuns.get(1).err());
    }

    @Test
    void caFileWithoutTlsIsAUsageError() {
        CliRun run = CliRun.of(running -> { }, "--ca-file", folder.resolve("ca.pem").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("--ca-file goes with --tls.", run.firstErrLine());
    }

    @Test
    void aBusyPortFailsWithTheFix() {
        try (EmsEmulator busy = EmsEmulator.start(EmulatorConfig.builder().build())) {
            CliRun run = CliRun.of(running -> { }, "--port", String.valueOf(busy.port()));
            assertEquals(ExitCodes.FAILURE, run.exitCode());
            assertEquals("Cannot listen on 127.0.0.1:" + busy.port() + ": the port is in use. Choose another port, or 0 "
                    + "for any free one.\n", run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void aStateFileInUseIsItsOwnExitCode() {
        Path state = folder.resolve("state.json");
        try (EmsEmulator first = EmsEmulator.start(EmulatorConfig.builder().stateFile(state).build())) {
            CliRun run = CliRun.of(running -> { }, "--state", state.toString());
            assertEquals(ExitCodes.IN_USE, run.exitCode());
            assertEquals("State file " + state + " is in use by another running emulator. Stop that one, or choose "
                    + "another state file.\n", run.err());
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of(running -> { }, "--port", "70000");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("--port 70000 is out of range: expected 0 (any free port) to 65535.", run.firstErrLine());
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun run = CliRun.of(running -> { }, "--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("  add-key     Make an application or user key."), run.out());
        assertTrue(run.out().contains("  list-keys "), run.out());
        assertTrue(run.out().contains("  delete-key "), run.out());
    }

    private static Path findTokenFile() {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("celonis-nb-emulator-")
                            && p.getFileName().toString().endsWith(".admin-token"))
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
