package io.github.celonisnb.magics.magic;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments of {@code %celonis_logout}, parsed by picocli from the magic's argument list. */
@Command(name = "%celonis_logout", mixinStandardHelpOptions = false,
        description = {
            "Forget the Celonis EMS session of this kernel and close its connections.",
            "The variable 'celonis' stops working until the next %%celonis_login.",
            "The key stays registered for redaction, so output still hides it until the kernel restarts."})
final class LogoutArguments {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    /** Anything given; the magic takes none, and one may be a key, so none is shown. */
    @Parameters(hidden = true, arity = "0..*")
    List<String> unexpected;
}
