package io.github.celonisnb.kernel.execution;

import java.util.List;

/**
 * A cell did not compile. Carries each diagnostic with the snippet it belongs to, so the error
 * can point at the code.
 */
public final class CompilationException extends Exception {

    /** One compiler message, with the source of its snippet and the span it refers to. */
    public record Problem(String source, long start, long end, String message) {
    }

    private final List<Problem> problems;

    public CompilationException(List<Problem> problems) {
        super(problems.isEmpty() ? "The cell does not compile." : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    /** Every compiler message for the failing snippet, in order. */
    public List<Problem> problems() {
        return problems;
    }
}
