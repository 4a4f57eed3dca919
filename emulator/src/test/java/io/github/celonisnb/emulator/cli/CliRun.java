package io.github.celonisnb.emulator.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One run of the emulator command line with captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(EmulatorCommand.Lifetime lifetime, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new EmulatorCommand(lifetime));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** A run of a key subcommand; the lifetime never matters there. */
    static CliRun of(String... args) {
        return of(running -> { }, args);
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    String firstErrLine() {
        return err.lines().findFirst().orElse("");
    }

    @Override
    public String toString() {
        return "CliRun[exit=" + exitCode + ", err=" + err + "]";
    }
}
