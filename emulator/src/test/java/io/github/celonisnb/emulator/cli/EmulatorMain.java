package io.github.celonisnb.emulator.cli;

import picocli.CommandLine;

/** Runs the emulator command in its own JVM, as the top-level command line would. */
public final class EmulatorMain {

    private EmulatorMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EmulatorCommand()).execute(args));
    }
}
