package io.github.celonisnb.kernel.execution;

import java.time.Duration;

/** A statement ran longer than the configured limit ({@code IJAVA_TIMEOUT}) and was stopped. */
public final class EvaluationTimeoutException extends Exception {

    private final Duration limit;

    public EvaluationTimeoutException(Duration limit) {
        super("Execution timed out after " + limit.toMillis() + " ms (the IJAVA_TIMEOUT limit). "
                + "Raise IJAVA_TIMEOUT in the kernel's environment, or -1 for no limit.");
        this.limit = limit;
    }

    /** The limit that was exceeded. */
    public Duration limit() {
        return limit;
    }
}
