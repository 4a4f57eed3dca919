package io.github.celonisnb.emulator;

/** The emulator could not start listening, typically because the port is taken. */
public final class EmulatorStartException extends EmulatorException {

    private final int port;

    public EmulatorStartException(int port, String message, Throwable cause) {
        super(message, cause);
        this.port = port;
    }

    /** The port that was asked for; 0 means any free one. */
    public int port() {
        return port;
    }
}
