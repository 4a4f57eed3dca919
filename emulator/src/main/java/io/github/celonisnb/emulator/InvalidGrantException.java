package io.github.celonisnb.emulator;

import java.util.Objects;

/** A grant could not be understood; the message names the value and the expected form. */
public final class InvalidGrantException extends IllegalArgumentException {

    /** What is wrong with the grant. */
    public enum Reason {
        /** The text is not of the form {@code service:PERM[,PERM...]}. */
        MALFORMED,
        /** The service name is not one of the twelve EMS services. */
        UNKNOWN_SERVICE,
        /** The permission name is not known for that service. */
        UNKNOWN_PERMISSION,
        /** The permission exists but cannot be granted this way (a marker, or the wrong level). */
        NOT_GRANTABLE,
        /** The object named by the grant does not exist in the emulator. */
        UNKNOWN_OBJECT
    }

    private final Reason reason;

    public InvalidGrantException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** What is wrong. */
    public Reason reason() {
        return reason;
    }
}
