package io.github.celonisnb.magics.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The checks every sanitized notebook must pass: nothing secret left, valid JSON, every byte outside the planted
 * string tokens unchanged, idempotent, and the same result from the byte-array and the streaming variant.
 */
final class SanitizedNotebook {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build());

    private SanitizedNotebook() {
    }

    /**
     * Sanitizes {@code input} and checks it.
     *
     * @param input  the notebook with secrets planted
     * @param filler the same notebook with the planted values replaced by harmless text of the same structure; tokens
     *               that differ between the two are the planted ones
     */
    static SanitizeResult check(Planting.Keys keys, byte[] input, byte[] filler) {
        SecretScanner scanner = new SecretScanner(keys.knownSecrets());
        NotebookSanitizer sanitizer = new NotebookSanitizer(scanner);
        SanitizeResult result;
        try {
            result = sanitizer.sanitize(input);
        } catch (InvalidNotebookException e) {
            return fail("A generated notebook was rejected: " + e.getMessage());
        }
        byte[] output = result.bytes();
        assertTrue(result.changed(), "nothing was found");
        assertValidJson(output);
        assertNothingLeft(keys, scanner, output);
        assertOnlyPlantedTokensChanged(input, filler, output);
        assertIdempotent(sanitizer, output);
        assertStreamingAgrees(sanitizer, input, result);
        return result;
    }

    static void assertValidJson(byte[] output) {
        try {
            JSON.readTree(output);
        } catch (IOException e) {
            fail("The sanitized notebook is not valid JSON");
        }
    }

    static void assertNothingLeft(Planting.Keys keys, SecretScanner scanner, byte[] output) {
        String rawText = new String(output, StandardCharsets.UTF_8);
        for (String decoded : RawTokens.strings(output)) {
            String flat = decoded.replace("\r", "").replace("\n", "");
            for (String needle : keys.needles()) {
                assertFalse(flat.contains(needle), "a secret survived in a decoded string");
            }
            assertEquals(List.of(), scanner.scan(decoded), "the scanner still finds something");
        }
        for (String needle : keys.needles()) {
            assertFalse(rawText.contains(needle), "a secret survived in the raw bytes");
        }
    }

    static void assertOnlyPlantedTokensChanged(byte[] input, byte[] filler, byte[] output) {
        List<RawTokens.Token> in = RawTokens.of(input);
        List<RawTokens.Token> fill = RawTokens.of(filler);
        List<RawTokens.Token> out = RawTokens.of(output);
        assertEquals(in.size(), fill.size(), "the filler notebook has a different structure");
        assertEquals(in.size(), out.size(), "the token count changed");
        for (int i = 0; i < in.size(); i++) {
            boolean planted = in.get(i).text() != null && !in.get(i).text().equals(fill.get(i).text());
            assertArrayEquals(in.get(i).gapBefore(), out.get(i).gapBefore(), "bytes between tokens changed");
            if (!planted) {
                assertTrue(in.get(i).sameBytes(out.get(i)), "token " + i + " changed but held no planted secret");
            }
        }
    }

    static void assertIdempotent(NotebookSanitizer sanitizer, byte[] output) {
        try {
            SanitizeResult again = sanitizer.sanitize(output);
            assertEquals(List.of(), again.findings(), "sanitizing again found more");
            assertArrayEquals(output, again.bytes(), "sanitizing again changed bytes");
        } catch (InvalidNotebookException e) {
            fail("The sanitized notebook was rejected: " + e.getMessage());
        }
    }

    static void assertStreamingAgrees(NotebookSanitizer sanitizer, byte[] input, SanitizeResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SanitizeReport report = sanitizer.sanitize(new ByteArrayInputStream(input), out);
            assertEquals(result.findings(), report.findings(), "streaming found something else");
        } catch (IOException | InvalidNotebookException e) {
            fail("Streaming failed: " + e.getMessage());
        }
        assertArrayEquals(result.bytes(), out.toByteArray(), "streaming wrote other bytes");
    }
}
