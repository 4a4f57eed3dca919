package io.github.celonisnb.kernel.cli;

import io.github.celonisnb.emulator.cli.EmulatorCommand;
import io.github.celonisnb.magics.ProductVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code celonis-nb}: the product's command line. A bare call prints the usage. */
@Command(name = "celonis-nb", mixinStandardHelpOptions = true, versionProvider = CelonisNbCommand.Version.class,
        description = "Log in to Celonis EMS from Java notebooks without leaking the key.",
        subcommands = {DemoCommand.class, KernelCommand.class, CheckCommand.class, SanitizeCommand.class,
            GitCommand.class, AuditCommand.class, KeyCommand.class, EmulatorCommand.class})
public final class CelonisNbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the product's error handling, for this process. */
    public static CommandLine commandLine() {
        return commandLine(CliContext.system());
    }

    /** Builds the command line for the given environment, streams and directories. */
    static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new CelonisNbCommand(), new CommandFactory(context));
        cli.setExecutionExceptionHandler(new UserFacingErrors());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.exit(code);
    }

    /** The version picocli prints for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"celonis-nb " + ProductVersion.get()};
        }
    }
}
