package io.github.celonisnb.emulator;

/** A key cannot be made as asked: a name or e-mail address is missing or malformed. */
public final class InvalidKeyRequestException extends IllegalArgumentException {

    public InvalidKeyRequestException(String message) {
        super(message);
    }
}
