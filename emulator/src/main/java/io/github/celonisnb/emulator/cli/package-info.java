/**
 * The {@code emulator} command and its key subcommands, for picocli. The top-level {@code celonis-nb}
 * command adds {@link io.github.celonisnb.emulator.cli.EmulatorCommand} as a subcommand.
 */
package io.github.celonisnb.emulator.cli;
