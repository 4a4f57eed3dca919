package io.github.celonisnb.magics.magic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments of {@code %celonis_permissions}, parsed by picocli from the magic's argument list. */
@Command(name = "%celonis_permissions", sortOptions = false,
        description = {
            "Show what the logged-in key may do: each permission in words, its risk (critical, high, low),",
            "what it is held on, and whether it has an effect. With a policy, also what is missing (the notebook",
            "will fail) and what is in excess (the key can do more than the notebook needs).",
            "",
            "The policy: --policy FILE (with any --require/--allow), else --require/--allow, else",
            "celonis-policy.json beside the notebook when it exists."})
final class PermissionsArguments {

    @Option(names = "--require", paramLabel = "SPEC",
            description = "A permission the notebook needs: service:PERM[,PERM...] or service:pool/NAME:PERM[,PERM...]"
                    + " (repeatable), e.g. event-collection:USE_ALL_DATA_MODELS.")
    List<String> required = new ArrayList<>();

    @Option(names = "--allow", paramLabel = "SPEC",
            description = "A permission the key may hold without the notebook needing it, in the same form (repeatable).")
    List<String> allowed = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE",
            description = "A policy file: {\"services\": {\"event-collection\": {\"required\": [...], \"allowed\": [...],"
                    + " \"pools\": {...}}}}.")
    Path policyFile;

    @Option(names = "--strict",
            description = "Stop the notebook run (fail this cell) when a permission is in excess or missing.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (HTML in Jupyter, aligned text elsewhere; the default), text, or json.")
    String format;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    /** Anything left over; shown nowhere, in case it is a key. */
    @Parameters(hidden = true, arity = "0..*")
    List<String> unexpected;
}
