package io.github.celonisnb.kernel.cli;

import java.util.List;

/**
 * What sanitizing one notebook did.
 *
 * @param changed  whether the result differs from the input (and, in place and not a dry run, was written)
 * @param secrets  how many secrets were replaced
 * @param stripped whether stripping outputs changed anything
 * @param warnings warnings about the stripping options
 */
record SanitizeOutcome(boolean changed, int secrets, boolean stripped, List<String> warnings) {

    SanitizeOutcome {
        warnings = List.copyOf(warnings);
    }
}
