package io.github.celonisnb.emulator;

/** The emulator could not make or load its TLS certificate. */
public final class TlsSetupException extends EmulatorException {

    public TlsSetupException(String message) {
        super(message);
    }

    public TlsSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
