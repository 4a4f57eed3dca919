package io.github.celonisnb.kernel.execution;

/** The cell was stopped by the user (the notebook's interrupt button). */
public final class EvaluationInterruptedException extends Exception {
    public EvaluationInterruptedException() {
        super("Execution interrupted. The kernel is still running; re-run the cell when ready.");
    }
}
