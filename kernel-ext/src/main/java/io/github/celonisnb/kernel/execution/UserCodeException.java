package io.github.celonisnb.kernel.execution;

/**
 * User code threw something that is not an {@link Exception} (an {@link Error}, say), or JShell
 * reported a failure whose original object was not available. The original, when known, is the cause.
 */
public final class UserCodeException extends Exception {
    private final String originalClassName;

    public UserCodeException(String originalClassName, String message, Throwable cause) {
        super(message, cause);
        this.originalClassName = originalClassName;
    }

    /** The class of what user code threw, e.g. {@code java.lang.StackOverflowError}. */
    public String originalClassName() {
        return originalClassName;
    }
}
