package io.github.celonisnb.magics.ems;

/**
 * Something went wrong talking to EMS. Unchecked, because notebook code calls the client directly; each
 * subclass is one failure a user can act on, and its message says what happened and what to do.
 */
public abstract class EmsException extends RuntimeException {

    /** The example every message about the URL points to. */
    static final String EXAMPLE_URL = "https://<team>.<realm>.celonis.cloud";

    EmsException(String message) {
        super(message);
    }

    EmsException(String message, Throwable cause) {
        super(message, cause);
    }
}
