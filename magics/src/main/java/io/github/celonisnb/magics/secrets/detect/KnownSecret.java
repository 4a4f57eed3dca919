package io.github.celonisnb.magics.secrets.detect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A secret whose value we know (a key the kernel loaded, a value the user asked to redact), with the label that the
 * redaction mark shows in its place, for example {@code [REDACTED celonis-app-key]}.
 *
 * <p>{@link #toString()} shows the label and the length only; {@link #equals} compares values in constant time.
 *
 * @param label what the secret is, in lowercase words joined by {@code -}, e.g. {@code celonis-app-key}
 * @param value the secret itself; at least {@value #MIN_LENGTH} characters so that redaction stays meaningful
 */
public record KnownSecret(String label, String value) {

    /** Shorter values would redact ordinary words; register the whole key instead. */
    public static final int MIN_LENGTH = 8;

    private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    public KnownSecret {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        if (!LABEL.matcher(label).matches()) {
            // The label is not echoed: a caller who swapped label and value would otherwise print the key.
            throw new IllegalArgumentException("A secret label must be 1 to 64 lowercase letters, digits, '.' or"
                    + " '-', starting with a letter or digit, e.g. 'celonis-app-key'; the label given is not.");
        }
        if (value.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("The value for secret '" + label + "' has fewer than " + MIN_LENGTH
                    + " characters (not counting surrounding blanks); register the whole key, not a part of it.");
        }
    }

    /** Only the label and the length: the value never leaves this object through text. */
    @Override
    public String toString() {
        return "KnownSecret[label=" + label + ", length=" + value.length() + "]";
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof KnownSecret that)) {
            return false;
        }
        return label.equals(that.label) && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        // The label only: hashing the value would make it guessable from a hash table's behaviour.
        return label.hashCode();
    }
}
