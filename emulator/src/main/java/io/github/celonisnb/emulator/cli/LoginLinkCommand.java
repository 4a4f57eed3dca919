package io.github.celonisnb.emulator.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emulator login-link}: a new one-time link to a running emulator's web page, for a browser without a session. */
@Command(name = "login-link",
        description = {"Print a new one-time link to the Admin & Settings page of an emulator started with --ui.",
            "An earlier link not used yet stops working."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Done.",
            "1:The emulator cannot be reached, refused the admin token, or serves no web page.",
            "2:Missing or wrong option."})
public final class LoginLinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunningEmulatorOptions emulator;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        try (RemoteKeyStore admin = emulator.openRemote(spec, "Say which emulator: --url URL --admin-token-file FILE, "
                + "as printed when it started.")) {
            URI link = admin.newLoginLink();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Open this link in your browser; it signs you in once:");
            out.println("  " + link);
            out.flush();
            return ExitCodes.OK;
        } catch (CommandFailure failure) {
            spec.commandLine().getErr().println(failure.getMessage());
            return failure.exitCode();
        }
    }
}
