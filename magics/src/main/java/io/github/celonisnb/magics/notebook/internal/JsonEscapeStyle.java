package io.github.celonisnb.magics.notebook.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * How a notebook file writes JSON strings, so that replacement text looks like the rest of the file: '/' as
 * {@code \/} or as it is, non-ASCII as raw UTF-8 (nbformat 4) or as <code>&#92;u00e4</code> escapes (nbformat 3 and other
 * {@code ensure_ascii} writers), and the case of hex digits in escapes (<code>&#92;u001b</code> from Python, <code>&#92;u001B</code>
 * from Java).
 *
 * @param escapesSlash    '/' is written as {@code \/}
 * @param escapesNonAscii characters above U+007E are written as <code>&#92;uXXXX</code>
 * @param upperHex        escapes use uppercase hex digits
 */
public record JsonEscapeStyle(boolean escapesSlash, boolean escapesNonAscii, boolean upperHex) {

    /** nbformat 4's own style: raw UTF-8, plain '/', lowercase hex. */
    public static final JsonEscapeStyle NBFORMAT = new JsonEscapeStyle(false, false, false);

    /** The content of a JSON string (without quotes) for {@code text}, as UTF-8 bytes in this style. */
    public byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> ascii.append("\\\"");
                case '\\' -> ascii.append("\\\\");
                case '\n' -> ascii.append("\\n");
                case '\r' -> ascii.append("\\r");
                case '\t' -> ascii.append("\\t");
                case '\b' -> ascii.append("\\b");
                case '\f' -> ascii.append("\\f");
                case '/' -> ascii.append(escapesSlash ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || c == 0x7f || (escapesNonAscii && c > 0x7e)) {
                        ascii.append(String.format(upperHex ? "\\u%04X" : "\\u%04x", (int) c));
                    } else if (c < 0x80) {
                        ascii.append(c);
                    } else {
                        flush(ascii, out);
                        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                        byte[] utf8 = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
                        out.write(utf8, 0, utf8.length);
                        i = end - 1;
                    }
                }
            }
        }
        flush(ascii, out);
        return out.toByteArray();
    }

    private static void flush(StringBuilder ascii, ByteArrayOutputStream out) {
        byte[] bytes = ascii.toString().getBytes(StandardCharsets.US_ASCII);
        out.write(bytes, 0, bytes.length);
        ascii.setLength(0);
    }

    /** Learns the style from the bytes of a file as they pass by; chunk boundaries may fall anywhere. */
    public static final class Detector {
        private long rawSlashes;
        private long escapedSlashes;
        private long rawNonAscii;
        private long escapedNonAscii;
        private long upperDigits;
        private long lowerDigits;
        private boolean backslash;
        /** Hex digits still expected after {@code \}u, or 0. */
        private int hexLeft;
        private int hexValue;

        public void feed(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                int b = bytes[i] & 0xff;
                if (hexLeft > 0) {
                    hexValue = hexValue * 16 + Character.digit(b, 16);
                    if (b >= 'a' && b <= 'f') {
                        lowerDigits++;
                    } else if (b >= 'A' && b <= 'F') {
                        upperDigits++;
                    }
                    if (--hexLeft == 0 && hexValue > 0x7e) {
                        escapedNonAscii++;
                    }
                } else if (backslash) {
                    backslash = false;
                    if (b == '/') {
                        escapedSlashes++;
                    } else if (b == 'u') {
                        hexLeft = 4;
                        hexValue = 0;
                    }
                } else if (b == '\\') {
                    backslash = true;
                } else if (b == '/') {
                    rawSlashes++;
                } else if (b >= 0x80) {
                    rawNonAscii++;
                }
            }
        }

        /** The style seen so far; nbformat's own where the file has not shown a preference. */
        public JsonEscapeStyle style() {
            return new JsonEscapeStyle(escapedSlashes > rawSlashes, escapedNonAscii > 0 && rawNonAscii == 0,
                    upperDigits > lowerDigits);
        }
    }
}
