package io.github.celonisnb.emulator;

import java.nio.file.Path;
import java.util.Objects;

/** The state file could not be read, written, parsed or locked; the message names the file and the fix. */
public final class StateFileException extends EmulatorException {

    /** What went wrong with the file. */
    public enum Problem {
        /** It exists but cannot be read. */
        UNREADABLE,
        /** It was read but does not hold a valid state. */
        INVALID,
        /** It (or its lock file) cannot be written. */
        UNWRITABLE,
        /** Another running emulator holds its lock. */
        IN_USE
    }

    private final Path file;
    private final Problem problem;

    public StateFileException(Path file, Problem problem, String message) {
        this(file, problem, message, null);
    }

    public StateFileException(Path file, Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The state file concerned. */
    public Path file() {
        return file;
    }

    /** What went wrong. */
    public Problem problem() {
        return problem;
    }
}
