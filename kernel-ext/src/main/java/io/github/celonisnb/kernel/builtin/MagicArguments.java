package io.github.celonisnb.kernel.builtin;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import io.github.celonisnb.magics.magic.MagicOutput;
import io.github.celonisnb.magics.magic.MagicUsageException;
import picocli.CommandLine;

/**
 * Parses a magic's arguments into a picocli-annotated object and answers {@code --help} with its usage,
 * the way every magic of this kernel does.
 */
final class MagicArguments {

    private MagicArguments() {
    }

    /**
     * Fills {@code spec} from {@code args}.
     *
     * @return {@code false} when the user asked for help (the usage has been printed), else {@code true}
     * @throws MagicUsageException when the arguments do not fit; the message names the problem and {@code --help}
     */
    static boolean parse(Object spec, List<String> args, MagicOutput out) throws MagicUsageException {
        CommandLine cli = new CommandLine(spec);
        try {
            cli.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new MagicUsageException(e.getMessage() + "\nRun " + cli.getCommandName() + " --help for the usage.");
        }
        if (cli.isUsageHelpRequested()) {
            out.info(usage(spec));
            return false;
        }
        return true;
    }

    /** The usage text, in picocli's layout without colours. */
    static String usage(Object spec) {
        StringWriter text = new StringWriter();
        new CommandLine(spec).usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString().stripTrailing();
    }
}
