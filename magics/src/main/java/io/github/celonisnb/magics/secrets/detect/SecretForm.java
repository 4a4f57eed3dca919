package io.github.celonisnb.magics.secrets.detect;

import java.util.Objects;

/**
 * One printed form of a known secret, for example its base64url encoding. For {@link SecretEncoding#PREFIX} and
 * {@link SecretEncoding#SUFFIX} the text is the whole value whose prefixes or suffixes count.
 * {@link #toString()} shows the encoding and length only.
 *
 * @param encoding how the text was derived from the value
 * @param text     the text to look for
 */
public record SecretForm(SecretEncoding encoding, String text) {

    public SecretForm {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "SecretForm[" + encoding + ", length=" + text.length() + "]";
    }
}
