package io.github.celonisnb.kernel.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

class JsonStringBytesTest {

    /** A parser of its own, neither ours nor the socket's, reads the bytes as a Jupyter client would. */
    private static final ObjectMapper CLIENT = new ObjectMapper();

    private static String decoded(byte[] json) {
        try {
            return CLIENT.readTree(json).textValue();
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + new String(json, StandardCharsets.UTF_8), e);
        }
    }

    /** What it reads from the socket's own bytes for the same string: Gson's JSON, encoded as the socket does. */
    private static String decodedAsTheSocketWritesIt(String text) {
        return decoded(WireGson.socketGson().toJson(text).getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> printedText() {
        // Control characters, quotes, backslashes, Latin-1, other planes, emoji pairs and unpaired surrogates.
        Arbitrary<Character> any = Arbitraries.chars().range('\u0000', '\uffff');
        Arbitrary<Character> likely = Arbitraries.of('\n', '\r', '\t', '\b', '\f', '"', '\\', '/', '\u0000', '\u001f',
                '\u007f', '\u00e9', '\u2028', '\u2029', '<', '>', '&', '=', '\'', '\ud83d', '\ude00', 'a', ' ');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, any), net.jqwik.api.Tuple.of(3, likely))
                .list().ofMaxSize(200).map(chars -> {
                    StringBuilder s = new StringBuilder();
                    chars.forEach(s::append);
                    return s.toString();
                });
    }

    @Property(tries = 2000)
    void aClientReadsTheSameStringAsFromTheSocketsOwnSerialisation(@ForAll("printedText") String text) {
        assertEquals(decodedAsTheSocketWritesIt(text), decoded(JsonStringBytes.of(text)));
    }

    @Example
    void escapesOnlyWhatJsonRequires() {
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0000i\\u001fj\u00e9k/<>&'\"",
                new String(JsonStringBytes.of("a\"b\\c\nd\re\tf\bg\fh\u0000i\u001fj\u00e9k/<>&'"),
                        StandardCharsets.UTF_8));
    }

    @Example
    void plainTextIsCopiedAsItIs() {
        assertEquals("\"  4217  SAP ECC - Order to Cash\"",
                new String(JsonStringBytes.of("  4217  SAP ECC - Order to Cash"), StandardCharsets.UTF_8));
        assertEquals("\"\"", new String(JsonStringBytes.of(""), StandardCharsets.UTF_8));
    }

    @Example
    void aLongTextWithEscapesEverywhereOrNowhereComesBackWhole() {
        StringBuilder dense = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            dense.append(i % 3 == 0 ? "\"\\\u0001" : "\n").append((char) ('a' + i % 26));
            plain.append("row ").append(i).append(" \u00e9\u20ac ");
        }
        assertEquals(dense.toString(), decoded(JsonStringBytes.of(dense.toString())));
        assertEquals(plain.toString(), decoded(JsonStringBytes.of(plain.toString())));
    }
}
