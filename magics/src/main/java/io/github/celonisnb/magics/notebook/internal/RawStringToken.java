package io.github.celonisnb.magics.notebook.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JSON string token as raw UTF-8 bytes (quotes included), decoded with the byte offset of every character, so that
 * a range of decoded characters can be replaced while every other byte of the token stays exactly as written
 * (<code>&#92;u00e4</code> stays <code>&#92;u00e4</code>, {@code \/} stays {@code \/}).
 */
final class RawStringToken {

    private final byte[] raw;
    private final String text;
    private final int[] charStart;

    private RawStringToken(byte[] raw, String text, int[] charStart) {
        this.raw = raw;
        this.text = text;
        this.charStart = charStart;
    }

    /** Index after the closing quote of the string token that starts (with its opening quote) at {@code start}. */
    static long tokenEnd(ByteSource source, long start) {
        long i = start + 1;
        while (true) {
            byte b = source.byteAt(i);
            if (b == '\\') {
                i += 2;
            } else if (b == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
    }

    /** Decodes a complete token; the parser has already validated it. */
    static RawStringToken decode(byte[] raw) {
        StringBuilder text = new StringBuilder(raw.length);
        int[] starts = new int[raw.length + 1];
        int i = 1;
        int end = raw.length - 1;
        while (i < end) {
            int b = raw[i] & 0xff;
            int unitStart = i;
            if (b == '\\') {
                char e = (char) raw[i + 1];
                switch (e) {
                    case 'n' -> append(text, starts, '\n', unitStart);
                    case 't' -> append(text, starts, '\t', unitStart);
                    case 'r' -> append(text, starts, '\r', unitStart);
                    case 'b' -> append(text, starts, '\b', unitStart);
                    case 'f' -> append(text, starts, '\f', unitStart);
                    case 'u' -> append(text, starts,
                            (char) Integer.parseInt(new String(raw, i + 2, 4, StandardCharsets.US_ASCII),
                                    16), unitStart);
                    default -> append(text, starts, e, unitStart);
                }
                i += e == 'u' ? 6 : 2;
            } else if (b < 0x80) {
                append(text, starts, (char) b, unitStart);
                i++;
            } else {
                int length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                int codePoint = b & (0xff >> (length + 1));
                for (int k = 1; k < length; k++) {
                    codePoint = (codePoint << 6) | (raw[i + k] & 0x3f);
                }
                if (Character.isSupplementaryCodePoint(codePoint)) {
                    // Both halves start at the sequence, so no range can split the code point's bytes.
                    append(text, starts, Character.highSurrogate(codePoint), unitStart);
                    append(text, starts, Character.lowSurrogate(codePoint), unitStart);
                } else {
                    append(text, starts, (char) codePoint, unitStart);
                }
                i += length;
            }
        }
        starts[text.length()] = end;
        int[] trimmed = Arrays.copyOf(starts, text.length() + 1);
        return new RawStringToken(raw, text.toString(), trimmed);
    }

    private static void append(StringBuilder text, int[] starts, char c, int unitStart) {
        starts[text.length()] = unitStart;
        text.append(c);
    }

    String text() {
        return text;
    }

    /**
     * The token with each decoded range {@code [starts[k], ends[k])} replaced by {@code replacements[k]} (already
     * encoded JSON string content). Ranges must be sorted and disjoint.
     */
    byte[] replace(int[] starts, int[] ends, byte[][] replacements) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        int at = 0;
        for (int k = 0; k < starts.length; k++) {
            int from = charStart[starts[k]];
            int to = charStart[ends[k]];
            out.write(raw, at, from - at);
            out.write(replacements[k], 0, replacements[k].length);
            at = to;
        }
        out.write(raw, at, raw.length - at);
        return out.toByteArray();
    }
}
