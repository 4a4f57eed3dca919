package io.github.celonisnb.kernel.git;

import java.util.Objects;

/**
 * One piece of the filter setup as {@code celonis-nb git status} reports it.
 *
 * @param name   what it is, e.g. {@code filter.celonis-nb.process} or {@code attributes}
 * @param state  whether it is as {@code install} leaves it
 * @param detail the value found and where, or what to do
 */
public record SetupPiece(String name, State state, String detail) {

    /** How a piece stands. */
    public enum State {
        /** As install leaves it. */
        OK("ok"),
        /** Not there: the filter is not (fully) installed. */
        MISSING("missing"),
        /** There, but not as install leaves it; the filter may still work. */
        UNEXPECTED("check");

        private final String word;

        State(String word) {
            this.word = word;
        }

        /** The word status prints. */
        public String word() {
            return word;
        }
    }

    public SetupPiece {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
    }
}
