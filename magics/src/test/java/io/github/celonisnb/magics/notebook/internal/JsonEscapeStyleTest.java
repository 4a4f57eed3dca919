package io.github.celonisnb.magics.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonEscapeStyleTest {

    private static JsonEscapeStyle detect(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonEscapeStyle.Detector detector = new JsonEscapeStyle.Detector();
        // Fed one byte at a time: escapes split across chunks must still count.
        for (int i = 0; i < bytes.length; i++) {
            detector.feed(bytes, i, 1);
        }
        return detector.style();
    }

    private static String encode(JsonEscapeStyle style, String text) {
        return new String(style.encode(text), StandardCharsets.UTF_8);
    }

    @Test
    void detectsNbformatFoursRawUtf8AndPlainSlashes() {
        assertEquals(JsonEscapeStyle.NBFORMAT, detect("{\"a\": \"caf\u00e9 a/b \\u001b[0m\"}"));
    }

    @Test
    void detectsAsciiOnlyWritersWithTheirHexCase() {
        assertEquals(new JsonEscapeStyle(false, true, false), detect("{\"a\": \"caf\\u00e9 \\u2212\"}"));
        assertEquals(new JsonEscapeStyle(false, true, true), detect("{\"a\": \"caf\\u00E9 \\u001B\"}"));
    }

    @Test
    void detectsEscapedSlashes() {
        assertEquals(new JsonEscapeStyle(true, false, false), detect("{\"url\": \"http:\\/\\/x\\/y\"}"));
    }

    @Test
    void encodesInTheDetectedStyle() {
        String text = "a/b \u00e9 \"q\" \\ \n\t\u001b \uD83D\uDE00";

        assertEquals("a/b \u00e9 \\\"q\\\" \\\\ \\n\\t\\u001b \uD83D\uDE00", encode(JsonEscapeStyle.NBFORMAT, text));
        assertEquals("a\\/b \\u00E9 \\\"q\\\" \\\\ \\n\\t\\u001B \\uD83D\\uDE00",
                encode(new JsonEscapeStyle(true, true, true), text));
    }
}
