package io.github.celonisnb.kernel.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Runs the {@code celonis-nb} command line in this JVM with captured output and a given standard input. */
final class PolicyCli {

    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private PolicyCli() {
    }

    static Run run(String stdin, String... args) {
        SecretInput input = SecretInput.stream(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine.IFactory commands = new CommandFactory(CliContext.system());
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == KeyCommand.Save.class) {
                    return type.cast(new KeyCommand.Save(input));
                }
                return commands.create(type);
            }
        };
        CommandLine cli = new CommandLine(new CelonisNbCommand(), factory);
        cli.setExecutionExceptionHandler(new UserFacingErrors());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
