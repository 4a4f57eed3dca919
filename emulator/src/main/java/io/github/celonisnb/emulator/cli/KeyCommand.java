package io.github.celonisnb.emulator.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the key commands share: where the keys are, and turning a {@link CommandFailure} into its
 * message on the error stream and its exit code.
 */
abstract class KeyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KeyStoreOptions where;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public final Integer call() {
        validate();
        try (KeyStoreClient store = where.open(spec)) {
            return run(store, spec.commandLine().getOut());
        } catch (CommandFailure failure) {
            spec.commandLine().getErr().println(failure.getMessage());
            return failure.exitCode();
        }
    }

    /** Checks option combinations before anything is opened; throws a {@code ParameterException} when wrong. */
    void validate() {
    }

    /** Does the command's work and returns its exit code. */
    abstract int run(KeyStoreClient store, PrintWriter out);
}
