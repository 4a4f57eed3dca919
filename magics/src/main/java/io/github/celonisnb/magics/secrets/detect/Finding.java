package io.github.celonisnb.magics.secrets.detect;

import java.util.Objects;

/**
 * Where a secret sits in a text: the half-open character range {@code [start, end)} and what kind it is.
 * A finding never holds the secret itself, so it can be logged and reported freely.
 *
 * @param start index of the first character of the secret
 * @param end   index after its last character
 * @param kind  the label shown in the redaction mark: a {@link KnownSecret#label()} such as
 *              {@code celonis-app-key}, or a shape's kind such as {@code celonis-key} or {@code jwt}
 */
public record Finding(int start, int end, String kind) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A finding needs 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    /** The number of characters covered. */
    public int length() {
        return end - start;
    }
}
