package io.github.celonisnb.emulator;

/** Base of the emulator's own failures; each subclass is one thing a user can act on. */
public abstract class EmulatorException extends RuntimeException {

    protected EmulatorException(String message) {
        super(message);
    }

    protected EmulatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
