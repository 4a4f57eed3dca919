package io.github.celonisnb.kernel.redaction;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A string as a JSON string literal in UTF-8, quotes included, built from runs: the text is encoded once (a
 * vectorised copy for ASCII and Latin-1 text) and only the bytes JSON requires to be escaped (the quote, the
 * backslash and control characters) are written one by one. Gson's writer handles every character on its own,
 * which for a cell that prints 100 MB was the kernel's largest single cost.
 *
 * <p>Every other character is written as itself, in UTF-8, which JSON allows; a decoder reads back the very
 * string Gson's output would give. An unpaired surrogate becomes {@code ?}, as it does when Gson's output is
 * encoded to UTF-8 for the wire.
 */
final class JsonStringBytes {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private JsonStringBytes() {
    }

    /** {@code "text"}, escaped, in UTF-8. */
    static byte[] of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int first = nextEscape(utf8, 0);
        if (first < 0) {
            byte[] out = new byte[utf8.length + 2];
            out[0] = '"';
            System.arraycopy(utf8, 0, out, 1, utf8.length);
            out[out.length - 1] = '"';
            return out;
        }
        // Room for a line break every few words; grown when the text holds more to escape.
        byte[] out = new byte[utf8.length + utf8.length / 8 + 16];
        out[0] = '"';
        int at = 1;
        int runStart = 0;
        for (int i = first; i >= 0; i = nextEscape(utf8, i + 1)) {
            int run = i - runStart;
            if (out.length - at < run + 7) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, at + run + 7 + (utf8.length - i) + 1));
            }
            System.arraycopy(utf8, runStart, out, at, run);
            at += run;
            runStart = i + 1;
            at = writeEscape(utf8[i], out, at);
        }
        int rest = utf8.length - runStart;
        if (out.length - at < rest + 1) {
            out = Arrays.copyOf(out, at + rest + 1);
        }
        System.arraycopy(utf8, runStart, out, at, rest);
        at += rest;
        out[at++] = '"';
        return at == out.length ? out : Arrays.copyOf(out, at);
    }

    /** Writes the escape for {@code b} at {@code at}; returns the index after it. */
    private static int writeEscape(byte b, byte[] out, int at) {
        out[at++] = '\\';
        switch (b) {
            case '"', '\\' -> out[at++] = b;
            case '\n' -> out[at++] = 'n';
            case '\r' -> out[at++] = 'r';
            case '\t' -> out[at++] = 't';
            case '\b' -> out[at++] = 'b';
            case '\f' -> out[at++] = 'f';
            default -> {
                out[at++] = 'u';
                out[at++] = '0';
                out[at++] = '0';
                out[at++] = HEX[b >> 4];
                out[at++] = HEX[b & 0xF];
            }
        }
        return at;
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The index of the next byte from {@code from} on that must be escaped, or -1. Eight bytes are tested at a
     * time (a word without a control character, quote or backslash is passed at once); a word that may hold one is
     * then looked at byte by byte.
     */
    static int nextEscape(byte[] utf8, int from) {
        int i = from;
        while (i + Long.BYTES <= utf8.length) {
            if (mayHoldEscape((long) WORDS.get(utf8, i))) {
                for (int end = i + Long.BYTES; i < end; i++) {
                    if (needsEscape(utf8[i])) {
                        return i;
                    }
                }
            } else {
                i += Long.BYTES;
            }
        }
        for (; i < utf8.length; i++) {
            if (needsEscape(utf8[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether any of the eight bytes is below 0x20, a quote or a backslash: exact when it says no (the classic
     * tests for a byte below n and for a zero byte), at worst a false yes when it says yes.
     */
    private static boolean mayHoldEscape(long word) {
        long control = (word - 0x20 * ONES) & ~word;
        long quote = word ^ ('"' * ONES);
        long backslash = word ^ ('\\' * ONES);
        long zeroes = ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash);
        return ((control | zeroes) & HIGH_BITS) != 0;
    }

    /** Bytes of multi-byte UTF-8 sequences are negative and never need escaping. */
    private static boolean needsEscape(byte b) {
        return (b >= 0 && b < 0x20) || b == '"' || b == '\\';
    }
}
