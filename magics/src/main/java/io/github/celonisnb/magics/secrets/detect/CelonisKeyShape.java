package io.github.celonisnb.magics.secrets.detect;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The structure of a Celonis EMS key: base64 (or base64url) of {@code <lowercase uuid>:<32 to 64 letters and
 * digits>}, as observed in issued keys (108 characters for a 44-character secret). Base64 of these bytes never
 * contains {@code +}, {@code /} or padding, so the printed key looks the same in URLs, HTML and JSON.
 */
final class CelonisKeyShape {

    static final int UUID_LENGTH = 36;
    static final int MIN_SECRET_LENGTH = 32;
    static final int MAX_SECRET_LENGTH = 64;

    /** The fewest base64 characters an encoded key takes: those of a uuid, a colon and the shortest secret. */
    static final int MIN_ENCODED_LENGTH = ((UUID_LENGTH + 1 + MIN_SECRET_LENGTH) * 8 + 5) / 6;

    /** The decoded parts of a key. {@link #toString()} hides both. */
    record DecodedKey(String uuid, String secret) {
        String joined() {
            return uuid + ":" + secret;
        }

        @Override
        public String toString() {
            return "DecodedKey[hidden]";
        }
    }

    private CelonisKeyShape() {
    }

    /** Whether {@code c} may start an encoded key: the first base64 digit of a hex character is M, N, O, Y or Z. */
    static boolean canStartEncodedKey(char c) {
        return c == 'M' || c == 'N' || c == 'O' || c == 'Y' || c == 'Z';
    }

    /** Whether the character fits position {@code index} (0 to 35) of a lowercase uuid. */
    static boolean fitsUuid(int index, int c) {
        if (index == 8 || index == 13 || index == 18 || index == 23) {
            return c == '-';
        }
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    static boolean isAsciiAlphanumeric(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * If an encoded key starts at {@code start}, returns the index after its last character (including '=' padding
     * that directly follows); otherwise -1. Decoding stops at the first byte that is not part of the secret, so a key
     * glued to other base64 text is still found, and at most one group past the key is covered.
     */
    static int encodedKeyEnd(CharSequence text, int start) {
        int n = text.length();
        int bits = 0;
        int bitCount = 0;
        int decoded = 0;
        int secretLength = 0;
        int i = start;
        while (i < n) {
            int v = Base64Alphabet.value(text.charAt(i));
            if (v < 0) {
                break;
            }
            i++;
            bits = (bits << 6) | v;
            bitCount += 6;
            if (bitCount < 8) {
                continue;
            }
            bitCount -= 8;
            int b = (bits >> bitCount) & 0xff;
            bits &= (1 << bitCount) - 1;
            if (decoded < UUID_LENGTH) {
                if (!fitsUuid(decoded, b)) {
                    return -1;
                }
            } else if (decoded == UUID_LENGTH) {
                if (b != ':') {
                    return -1;
                }
            } else if (isAsciiAlphanumeric(b)) {
                secretLength++;
                if (secretLength > MAX_SECRET_LENGTH) {
                    return -1;
                }
            } else {
                break;
            }
            decoded++;
        }
        if (secretLength < MIN_SECRET_LENGTH) {
            return -1;
        }
        int keyBytes = UUID_LENGTH + 1 + secretLength;
        int end = start + (keyBytes * 4 + 2) / 3;
        int padding = (3 - keyBytes % 3) % 3;
        for (int k = 0; k < padding && end < n && text.charAt(end) == '='; k++) {
            end++;
        }
        return end;
    }

    /** Whether a lowercase uuid followed by ':' starts at {@code start}. */
    static boolean uuidColonAt(CharSequence text, int start) {
        if (start < 0 || start + UUID_LENGTH >= text.length()) {
            return false;
        }
        // The dashes first: they rule out almost every other text at once.
        if (text.charAt(start + 23) != '-' || text.charAt(start + 18) != '-' || text.charAt(start + 13) != '-'
                || text.charAt(start + 8) != '-') {
            return false;
        }
        for (int k = 0; k < UUID_LENGTH; k++) {
            if (!fitsUuid(k, text.charAt(start + k))) {
                return false;
            }
        }
        return text.charAt(start + UUID_LENGTH) == ':';
    }

    /** Splits a key value into its uuid and secret when it has the Celonis shape, in either base64 alphabet. */
    static Optional<DecodedKey> decode(String value) {
        String trimmed = value.strip();
        byte[] bytes = Base64Alphabet.decodePadded(trimmed);
        if (bytes == null) {
            return Optional.empty();
        }
        String decoded = new String(bytes, StandardCharsets.ISO_8859_1);
        return splitDecoded(decoded);
    }

    /** Splits {@code uuid:secret} text into its parts when it has the shape. */
    static Optional<DecodedKey> splitDecoded(String decoded) {
        if (decoded.length() < UUID_LENGTH + 1 + MIN_SECRET_LENGTH || !uuidColonAt(decoded, 0)) {
            return Optional.empty();
        }
        String secret = decoded.substring(UUID_LENGTH + 1);
        if (secret.length() > MAX_SECRET_LENGTH || !secret.chars().allMatch(CelonisKeyShape::isAsciiAlphanumeric)) {
            return Optional.empty();
        }
        return Optional.of(new DecodedKey(decoded.substring(0, UUID_LENGTH), secret));
    }
}
