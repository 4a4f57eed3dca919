package io.github.celonisnb.emulator.internal.http;

/** A request the emulator cannot act on: the message says what is wrong, and becomes a 400 body. */
public final class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
