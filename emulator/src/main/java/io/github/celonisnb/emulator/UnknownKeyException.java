package io.github.celonisnb.emulator;

import io.github.celonisnb.emulator.internal.SafeText;

/** No key with the given id exists (it may have been deleted). */
public final class UnknownKeyException extends EmulatorException {

    private final String keyId;

    public UnknownKeyException(String keyId) {
        super("No key with id " + SafeText.quote(keyId) + ". List the keys with `emulator list-keys` to see their ids.");
        this.keyId = keyId;
    }

    /** The id that was looked for. */
    public String keyId() {
        return keyId;
    }
}
