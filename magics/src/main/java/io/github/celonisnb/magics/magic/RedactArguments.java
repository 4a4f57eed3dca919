package io.github.celonisnb.magics.magic;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments of {@code %celonis_redact}. */
@Command(name = "%celonis_redact", sortOptions = false,
        description = {"Redact another secret from every output of this kernel, as the login key is.",
            "Give the value itself, an environment variable that holds it, or a file (a key file's key,",
            "or the whole content of any other file)."})
final class RedactArguments {

    @Option(names = "--env", paramLabel = "VAR", description = "Redact the value of this environment variable.")
    List<String> envVars;

    @Option(names = "--file", paramLabel = "PATH", description = "Redact the key in this key file, or the file's content.")
    List<Path> files;

    @Option(names = "--label", paramLabel = "LABEL", defaultValue = "secret",
            description = "The word in the mark, as in [REDACTED LABEL] (default: ${DEFAULT-VALUE}).")
    String label;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Parameters(paramLabel = "VALUE", arity = "0..*",
            description = "A value to redact. It then stands in the notebook's source: prefer --env or --file.")
    List<String> values;
}
