package io.github.celonisnb.magics.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * An EMS API key (or bearer token), held so that it cannot leak by accident.
 *
 * <p>{@link #toString()} shows only the length, {@link #equals(Object)} compares in constant time, and
 * {@link #hashCode()} depends on the length alone. The key itself is read only through {@link #reveal()}, so
 * every place that handles the raw key can be found by searching the sources for {@code .reveal()}.
 *
 * <p>A key is one unbroken token of printable ASCII: that is what Celonis issues, and it is what an HTTP
 * header can carry. Surrounding whitespace (a trailing newline from a file or a paste) is removed.
 */
public final class ApiKey {

    private static final String ONE_TOKEN = "a Celonis key is one unbroken token";

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /**
     * Wraps a key, removing surrounding whitespace.
     *
     * @throws InvalidApiKeyException when the value is empty or holds whitespace, a control character or a
     *     non-ASCII character; the message names the position, never the content
     * @throws NullPointerException when {@code value} is null
     */
    public static ApiKey of(CharSequence value) {
        Objects.requireNonNull(value, "value");
        String key = value.toString().strip();
        if (key.isEmpty()) {
            throw new InvalidApiKeyException(InvalidApiKeyException.Problem.EMPTY, 0, "The key is empty");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            int position = i + 1;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new InvalidApiKeyException(InvalidApiKeyException.Problem.WHITESPACE, position,
                        "The key contains whitespace at position " + position + "; " + ONE_TOKEN);
            }
            if (Character.isISOControl(c)) {
                throw new InvalidApiKeyException(InvalidApiKeyException.Problem.CONTROL_CHARACTER, position,
                        "The key contains a control character at position " + position + "; " + ONE_TOKEN);
            }
            if (c > '~') {
                throw new InvalidApiKeyException(InvalidApiKeyException.Problem.NON_ASCII, position,
                        "The key contains a non-ASCII character at position " + position + "; " + ONE_TOKEN
                                + " of ASCII letters, digits and punctuation");
            }
        }
        return new ApiKey(key);
    }

    /**
     * Returns the key itself.
     *
     * <p>This is the only accessor. Call it only where the key must leave the process (the Authorization
     * header) or be registered for redaction; every call site is greppable as {@code .reveal()}.
     */
    public String reveal() {
        return value;
    }

    /** The number of characters in the key; safe to show. */
    public int length() {
        return value.length();
    }

    /** Compares two keys in time that does not depend on where they first differ. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ApiKey)) {
            return false;
        }
        return MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8),
                ((ApiKey) other).value.getBytes(StandardCharsets.UTF_8));
    }

    /** Derived from the length only, so that hash tables do not become an oracle for the content. */
    @Override
    public int hashCode() {
        return Integer.hashCode(value.length());
    }

    /** For example {@code ApiKey[redacted, 108 chars]}. */
    @Override
    public String toString() {
        return "ApiKey[redacted, " + value.length() + " chars]";
    }
}
