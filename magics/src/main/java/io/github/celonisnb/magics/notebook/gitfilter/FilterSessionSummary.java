package io.github.celonisnb.magics.notebook.gitfilter;

import java.util.List;

/**
 * What one filter session did, for the summary printed on stderr when git closes the pipe.
 *
 * @param cleaned  files cleaned successfully
 * @param smudged  files passed through on checkout
 * @param failures files answered with {@code error} or {@code abort}, in order
 */
public record FilterSessionSummary(int cleaned, int smudged, List<FilterFailure> failures) {

    public FilterSessionSummary {
        failures = List.copyOf(failures);
    }

    /** Whether every file was filtered. */
    public boolean succeeded() {
        return failures.isEmpty();
    }
}
