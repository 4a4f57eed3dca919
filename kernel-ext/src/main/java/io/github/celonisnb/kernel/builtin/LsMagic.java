package io.github.celonisnb.kernel.builtin;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.github.celonisnb.kernel.magic.MagicCatalog;
import io.github.celonisnb.magics.magic.MagicOutput;
import io.github.celonisnb.magics.magic.MagicUsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %lsmagic}: lists every line and cell magic the kernel knows, as IPython's {@code %lsmagic} does. */
public final class LsMagic {

    private final MagicCatalog catalog;
    private final MagicOutput out;

    public LsMagic(MagicCatalog catalog, MagicOutput out) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.out = Objects.requireNonNull(out, "out");
    }

    @Command(name = "%lsmagic", description = "List the line magics and cell magics of this kernel.")
    static final class Arguments {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;
    }

    /** {@code %lsmagic}; returns {@code null}, and prints the list. */
    public Object lsmagic(List<String> args) throws MagicUsageException {
        if (!MagicArguments.parse(new Arguments(), args, out)) {
            return null;
        }
        out.info(listing());
        return null;
    }

    /** The listing: line magics, then cell magics, then how to get help. */
    String listing() {
        return "Available line magics:\n" + names("%", catalog.lineMagicNames())
                + "\n\nAvailable cell magics:\n" + names("%%", catalog.cellMagicNames())
                + "\n\nEvery magic takes --help, e.g. %maven --help.";
    }

    private static String names(String prefix, List<String> names) {
        return names.isEmpty() ? "(none)" : names.stream().map(n -> prefix + n).collect(Collectors.joining("  "));
    }
}
