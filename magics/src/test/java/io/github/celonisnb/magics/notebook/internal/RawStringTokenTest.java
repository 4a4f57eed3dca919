package io.github.celonisnb.magics.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawStringTokenTest {

    private static RawStringToken token(String raw) {
        return RawStringToken.decode(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String replaced(String raw, int start, int end, String replacement) {
        byte[] out = token(raw).replace(new int[] {start}, new int[] {end},
                new byte[][] {replacement.getBytes(StandardCharsets.UTF_8)});
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void decodesEveryEscapeAndMultiByteCharacter() {
        assertEquals("a\"\\/\b\f\n\r\t\u00e9\u20ac\uD83D\uDE00\u0001",
                token("\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\u00e9\u20ac\uD83D\uDE00\\u0001\"").text());
    }

    @Test
    void replacesDecodedCharactersAndKeepsTheRawBytesAroundThem() {
        // Decoded: "caf\u00e9 \/ SECRET \u001b" -> the range of SECRET is [7, 13).
        String raw = "\"caf\\u00e9 \\/ SECRET \\u001b\"";

        assertEquals("\"caf\\u00e9 \\/ [X] \\u001b\"", replaced(raw, 7, 13, "[X]"));
    }

    @Test
    void findsTheEndOfATokenPastEscapedQuotes() {
        byte[] bytes = "{\"a\": \"x\\\"y\\\\\", \"b\": 1}".getBytes(StandardCharsets.UTF_8);
        ByteSource source = new ByteSource() {
            @Override
            public byte byteAt(long offset) {
                return bytes[(int) offset];
            }

            @Override
            public byte[] slice(long from, long to) {
                return java.util.Arrays.copyOfRange(bytes, (int) from, (int) to);
            }
        };

        assertEquals(14, RawStringToken.tokenEnd(source, 6));
    }
}
