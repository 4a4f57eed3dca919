package io.github.celonisnb.magics.magic;

/** A magic was called with arguments it does not take; the message says what to write instead. */
public final class MagicUsageException extends Exception {
    public MagicUsageException(String message) {
        super(message);
    }
}
