package io.github.celonisnb.magics.secrets;

/** UTF-8 boundary arithmetic for streams that decode chunk by chunk. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * How many bytes at the end of {@code bytes[start, end)} begin a multi-byte character that the next chunk
     * must complete: 0 to 3. Malformed bytes count as complete, so that they are decoded (to U+FFFD) at once
     * rather than held.
     */
    static int incompleteTailLength(byte[] bytes, int start, int end) {
        int lowest = Math.max(start, end - 3);
        for (int i = end - 1; i >= lowest; i--) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue;
            }
            int needed = sequenceLength(b);
            int present = end - i;
            return present < needed ? present : 0;
        }
        return 0;
    }

    private static int sequenceLength(int leadByte) {
        if ((leadByte & 0xE0) == 0xC0) {
            return 2;
        }
        if ((leadByte & 0xF0) == 0xE0) {
            return 3;
        }
        if ((leadByte & 0xF8) == 0xF0) {
            return 4;
        }
        return 1;
    }
}
