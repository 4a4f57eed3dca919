package io.github.celonisnb.magics.ems;

/** The EMS URL cannot be used: it is empty, garbled, not HTTPS, or carries a user name or password. */
public final class InvalidEmsUrlException extends EmsException {

    /** What is wrong with the URL. */
    public enum Problem {
        /** Nothing was given. */
        EMPTY,
        /** The scheme is neither https nor (for loopback) http. */
        UNSUPPORTED_SCHEME,
        /** {@code http://} for a host that is not a loopback address. */
        PLAIN_HTTP,
        /** A user name or password before the host. */
        USER_INFO,
        /** A host without a domain, e.g. a single word. */
        NO_DOMAIN,
        /** Not a URL at all. */
        MALFORMED
    }

    private final Problem problem;

    InvalidEmsUrlException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** The same failure, with where the URL came from added to the message. */
    InvalidEmsUrlException(InvalidEmsUrlException failure, String source) {
        super(failure.getMessage() + " (The URL came from " + source + ".)");
        this.problem = failure.problem;
    }

    /** What is wrong with the URL. */
    public Problem problem() {
        return problem;
    }
}
