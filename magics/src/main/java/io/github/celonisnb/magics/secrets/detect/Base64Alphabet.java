package io.github.celonisnb.magics.secrets.detect;

import java.util.Arrays;

/**
 * Lenient base64 decoding that accepts the standard and the URL-safe alphabet at once, for detectors that must
 * recognise either form of a key without knowing which one was printed.
 */
final class Base64Alphabet {

    private static final byte[] VALUES = new byte[128];

    static {
        Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < 26; i++) {
            VALUES['A' + i] = (byte) i;
            VALUES['a' + i] = (byte) (26 + i);
        }
        for (int i = 0; i < 10; i++) {
            VALUES['0' + i] = (byte) (52 + i);
        }
        VALUES['+'] = 62;
        VALUES['-'] = 62;
        VALUES['/'] = 63;
        VALUES['_'] = 63;
    }

    private Base64Alphabet() {
    }

    /** The 6-bit value of a base64 or base64url character, or -1 for any other character (including '='). */
    static int value(char c) {
        return c < 128 ? VALUES[c] : -1;
    }

    /**
     * Decodes {@code text[from, to)} (no padding, no other characters) into bytes, or returns null when a character
     * is not base64 or the length leaves a single dangling character.
     */
    static byte[] decode(CharSequence text, int from, int to) {
        int chars = to - from;
        if (chars % 4 == 1) {
            return null;
        }
        byte[] out = new byte[chars * 3 / 4];
        int bits = 0;
        int bitCount = 0;
        int o = 0;
        for (int i = from; i < to; i++) {
            int v = value(text.charAt(i));
            if (v < 0) {
                return null;
            }
            bits = (bits << 6) | v;
            bitCount += 6;
            if (bitCount >= 8) {
                bitCount -= 8;
                out[o++] = (byte) (bits >> bitCount);
                bits &= (1 << bitCount) - 1;
            }
        }
        return out;
    }

    /** Decodes a whole string that may end with '=' padding; null when it is not base64. */
    static byte[] decodePadded(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=' && text.length() - end < 2) {
            end--;
        }
        return decode(text, 0, end);
    }
}
