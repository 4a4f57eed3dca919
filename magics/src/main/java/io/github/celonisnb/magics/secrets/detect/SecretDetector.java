package io.github.celonisnb.magics.secrets.detect;

import java.util.List;

/**
 * Finds secrets of one family by their shape alone, without knowing any value.
 *
 * <p>Implementations must run in time linear in the text (no backtracking over unbounded input), must not keep
 * state between calls, and must be safe to call from several threads at once.
 */
public interface SecretDetector {

    /** The kind this detector reports, e.g. {@code aws-access-key-id}; the first one when it reports several. */
    String kind();

    /**
     * Adds a finding to {@code out} for every secret of this family in {@code text}. Findings may overlap; the
     * scanner merges them.
     */
    void detect(String text, List<Finding> out);

    /**
     * {@link #detect(String, List)} on a text the scanner shares among its detectors, which lets a detector reuse
     * the searches others made in it. The default ignores what is shared.
     */
    default void detect(ScannedText text, List<Finding> out) {
        detect(text.text(), out);
    }

    /**
     * Whether {@code text} can hold a secret of this family at all: a cheap test the scanner runs first, so that
     * a detector whose every finding needs a keyword is not run over text without one. It must never say no
     * where {@link #detect} would find something. The default says yes.
     */
    default boolean mayOccurIn(String text) {
        return true;
    }

    /** {@link #mayOccurIn(String)} on a text the scanner shares among its detectors. */
    default boolean mayOccurIn(ScannedText text) {
        return mayOccurIn(text.text());
    }
}
