package io.github.celonisnb.emulator.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that say where keys live: {@code --url} and {@code --admin-token-file} for a running
 * emulator, or {@code --state} for a state file no emulator is using.
 */
final class KeyStoreOptions extends RunningEmulatorOptions {

    @Option(names = "--state", paramLabel = "FILE",
            description = "A state file to change directly, when no emulator is running on it.")
    Path stateFile;

    /** Opens the place the options name; a missing or contradictory option is a usage error. */
    KeyStoreClient open(CommandSpec spec) {
        if (stateFile != null && anyGiven()) {
            throw new ParameterException(spec.commandLine(),
                    "Give either --url with --admin-token-file (a running emulator) or --state (a state file), not both.");
        }
        if (stateFile != null) {
            return StateFileKeyStore.open(stateFile);
        }
        return openRemote(spec, "Say where the keys are: --url URL --admin-token-file FILE for a running emulator, "
                + "or --state FILE for a state file.");
    }
}
