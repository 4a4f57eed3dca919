package io.github.celonisnb.kernel.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.github.celonisnb.kernel.testing.TestEnvironment;
import picocli.CommandLine;

/** Runs {@code celonis-nb} in this JVM with a private home, working directory, environment and streams. */
final class Cli {

    private final Path home;
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private byte[] stdin = new byte[0];
    private boolean terminal;

    Cli(Path home, Path workingDirectory) {
        this.home = home;
        this.workingDirectory = workingDirectory;
        this.environment = new HashMap<>(TestEnvironment.isolated(home));
    }

    Cli env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Cli stdin(byte[] bytes) {
        this.stdin = bytes;
        return this;
    }

    Cli terminal(boolean value) {
        this.terminal = value;
        return this;
    }

    /** The profile folder the commands read default key files from. */
    Path profiles() {
        return Path.of(environment.get("CELONIS_PROFILE_DIR"));
    }

    Result run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        CliContext context = new CliContext(environment, home, workingDirectory, new ByteArrayInputStream(stdin),
                stdout, terminal);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CelonisNbCommand.commandLine(context);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString(), stdout.toByteArray());
    }

    /**
     * What a run gave.
     *
     * @param exitCode the exit code
     * @param out      text printed through picocli's out
     * @param err      text printed on stderr
     * @param stdout   raw bytes written to stdout (notebooks)
     */
    record Result(int exitCode, String out, String err, byte[] stdout) {
        String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }
}
