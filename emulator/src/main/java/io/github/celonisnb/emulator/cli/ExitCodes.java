package io.github.celonisnb.emulator.cli;

/** The exit codes of the {@code emulator} commands. */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** The emulator or a file failed: port in use, state file unreadable, emulator unreachable, token refused. */
    public static final int FAILURE = 1;
    /** Bad input: an unknown service or permission, a malformed grant, a missing or contradictory option. */
    public static final int USAGE = 2;
    /** No key with the given id. */
    public static final int NOT_FOUND = 3;
    /** The state file is held by a running emulator; change keys through it instead. */
    public static final int IN_USE = 4;

    private ExitCodes() {
    }
}
