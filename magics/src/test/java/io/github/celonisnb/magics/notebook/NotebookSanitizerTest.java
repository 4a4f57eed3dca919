package io.github.celonisnb.magics.notebook;

import static io.github.celonisnb.magics.notebook.TestJson.list;
import static io.github.celonisnb.magics.notebook.TestJson.obj;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.magics.secrets.detect.KnownSecret;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import io.github.celonisnb.magics.secrets.detect.TestKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NotebookSanitizerTest {

    private final Random random = new Random(17);
    private final String key = TestKeys.celonisKey(random);
    private final NotebookSanitizer shapes = new NotebookSanitizer(SecretScanner.shapesOnly());

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Every character as a {@code \}u escape, as some writers do for non-ASCII and a few for everything. */
    private static String escapedEveryChar(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }

    @Test
    void returnsTheVeryInputArrayWhenThereIsNothingToRedact() throws Exception {
        byte[] notebook = bytes("{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");

        SanitizeResult result = shapes.sanitize(notebook);

        assertFalse(result.changed());
        assertSame(notebook, result.bytes());
        assertEquals(List.of(), result.findings());
    }

    @Test
    void replacesOnlyTheSecretAndKeepsTheOtherEscapesOfItsString() throws Exception {
        String before = "{\"s\": \"caf\\u00e9 \\/ key = '" + key + "' \\u001B[0m\\n\", \"n\": 1e-05}";

        SanitizeResult result = shapes.sanitize(bytes(before));

        assertEquals("{\"s\": \"caf\\u00e9 \\/ key = '[REDACTED celonis-key]' \\u001B[0m\\n\", \"n\": 1e-05}",
                text(result.bytes()));
    }

    @Test
    void findsAKeyWhoseEveryCharacterIsWrittenAsAnEscape() throws Exception {
        SanitizeResult result = shapes.sanitize(bytes("{\"s\": \"k=" + escapedEveryChar(key) + ".\"}"));

        assertEquals("{\"s\": \"k=[REDACTED celonis-key].\"}", text(result.bytes()));
    }

    @Test
    void reportsCellOutputPathKindAndLineOfEachFinding() throws Exception {
        String notebook = "{\n"
                + " \"cells\": [\n"
                + "  {\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": \"hi\"},\n"
                + "  {\"cell_type\": \"code\", \"metadata\": {}, \"source\": [\"x = 1\\n\",\n"
                + "    \"token = '" + key + "'\"],\n"
                + "   \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"ok\"},\n"
                + "    {\"output_type\": \"execute_result\", \"data\": {\"text/plain\": \"'" + key + "'\"}}]}\n"
                + " ],\n"
                + " \"metadata\": {\"papermill\": {\"parameters\": {\"password\": \"bar\"}}}\n"
                + "}\n";
        List<NotebookFinding> expected = List.of(
                new NotebookFinding(1, -1, "cells[1].source", "celonis-key", 5),
                new NotebookFinding(1, 1, "cells[1].outputs[1].data[\"text/plain\"]", "celonis-key", 7),
                new NotebookFinding(-1, -1, "metadata.papermill.parameters.password", "secret-assignment", 9));

        assertEquals(expected, shapes.sanitize(bytes(notebook)).findings());
        assertEquals(expected, shapes.sanitize(bytes(notebook.replace("\n", "\r\n"))).findings());
        assertEquals(expected, new NotebookChecker(SecretScanner.shapesOnly()).check(bytes(notebook)));
    }

    @Test
    void redactsAFieldNameThatHoldsASecretAndKeepsItOutOfThePath() throws Exception {
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj(), "cfg", Planting.display(
                obj("application/json", obj(key, 1))))), TestJson.Style.NBFORMAT);

        SanitizeResult result = shapes.sanitize(notebook);

        String before = text(notebook).substring(0, text(notebook).indexOf(key));
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        assertEquals(List.of(new NotebookFinding(1, 0,
                "cells[1].outputs[0].data[\"application/json\"][\"[REDACTED celonis-key]\"]", "celonis-key",
                line)), result.findings());
        assertTrue(text(result.bytes()).contains("\"[REDACTED celonis-key]\": 1"));
    }

    @Test
    void scansEveryDuplicateOfAKey() throws Exception {
        String other = TestKeys.celonisKey(random);
        String notebook = "{\"metadata\": {\"k\": \"" + key + "\", \"k\": \"" + other + "\"}, \"cells\": []}";

        SanitizeResult result = shapes.sanitize(bytes(notebook));

        assertEquals(2, result.findings().size());
        assertEquals("{\"metadata\": {\"k\": \"[REDACTED celonis-key]\", \"k\": \"[REDACTED celonis-key]\"},"
                + " \"cells\": []}", text(result.bytes()));
    }

    @Test
    void keepsCharactersOutsideTheBasicPlaneIntactNextToASecret() throws Exception {
        String raw = "{\"a\": \"\uD83D\uDE00" + key + "\uD83D\uDE00\", \"b\": \"\\ud83d\\ude00" + key
                + "\\ud83d\\ude00\"}";

        SanitizeResult result = shapes.sanitize(bytes(raw));

        assertEquals("{\"a\": \"\uD83D\uDE00[REDACTED celonis-key]\uD83D\uDE00\", \"b\": \"\\ud83d\\ude00[REDACTED"
                + " celonis-key]\\ud83d\\ude00\"}", text(result.bytes()));
    }

    @Test
    void keepsAByteOrderMarkAndWorksOnMinifiedFiles() throws Exception {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] body = bytes("{\"cells\":[{\"source\":\"" + key + "\"}]}");
        byte[] notebook = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, notebook, 0, 3);
        System.arraycopy(body, 0, notebook, 3, body.length);

        SanitizeResult result = shapes.sanitize(notebook);

        assertArrayEquals(bom, Arrays.copyOf(result.bytes(), 3));
        assertEquals("{\"cells\":[{\"source\":\"[REDACTED celonis-key]\"}]}",
                text(Arrays.copyOfRange(result.bytes(), 3, result.bytes().length)));
    }

    @Test
    void handlesStringsOfMoreThanTwentyMillionCharacters() throws Exception {
        int length = 21_000_000;
        StringBuilder big = new StringBuilder(length + 300);
        while (big.length() < length / 2) {
            big.append("row ").append(big.length()).append(" ok\n");
        }
        big.append(key).append('\n');
        while (big.length() < length) {
            big.append("row ").append(big.length()).append(" ok\n");
        }
        big.append("end ").append(key);
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj(), "dump()",
                Planting.result(obj("text/plain", big.toString())))), TestJson.Style.NBFORMAT);

        SanitizeResult result = shapes.sanitize(notebook);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        SanitizeReport report = shapes.sanitize(new ByteArrayInputStream(notebook), streamed);

        assertEquals(2, result.findings().size());
        assertEquals(notebook.length - 2 * (key.length() - "[REDACTED celonis-key]".length()), result.bytes().length);
        assertEquals(result.findings(), report.findings());
        assertArrayEquals(result.bytes(), streamed.toByteArray());
        assertEquals(List.of(), shapes.sanitize(result.bytes()).findings());
    }

    @Test
    void streamsThroughSmallReadsAcrossEveryBufferBoundary() throws Exception {
        byte[] image = new byte[3 * 1024 * 1024];
        random.nextBytes(image);
        StringBuilder text = new StringBuilder();
        while (text.length() < 140_000) {
            text.append("line ").append(text.length()).append('\n');
        }
        // Keys around the parser's 8,000-byte buffer and the splicer's 64 KiB window.
        text.insert(7_990, key).insert(65_530, key).insert(131_060, key);
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj(), "show()",
                Planting.display(obj("image/png", java.util.Base64.getEncoder().encodeToString(image))),
                Planting.result(obj("text/plain", text.toString())))), TestJson.Style.NBFORMAT);
        SanitizeResult expected = shapes.sanitize(notebook);

        for (int maxChunk : new int[] {1, 7, 4096}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] input = maxChunk == 1 ? Arrays.copyOf(notebook, notebook.length) : notebook;
            SanitizeReport report = shapes.sanitize(new ThrottledInputStream(input, maxChunk, maxChunk), out);
            assertEquals(3, report.findings().size(), "chunks of up to " + maxChunk);
            assertArrayEquals(expected.bytes(), out.toByteArray(), "chunks of up to " + maxChunk);
        }
    }

    @Test
    void theCheckerFindsWhatTheSanitizerRedactsAndChangesNothing() throws Exception {
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj(), list("a = '" + key + "'"))),
                TestJson.Style.CRLF_TWO_SPACES);
        byte[] copy = notebook.clone();

        List<NotebookFinding> checked = new NotebookChecker(SecretScanner.shapesOnly()).check(notebook);
        List<NotebookFinding> streamed = new NotebookChecker(SecretScanner.shapesOnly())
                .check(new ThrottledInputStream(notebook, 3, 5));

        assertEquals(shapes.sanitize(notebook).findings(), checked);
        assertEquals(checked, streamed);
        assertArrayEquals(copy, notebook);
    }

    @Test
    void usesTheLabelOfAKnownSecretAsTheKind() throws Exception {
        NotebookSanitizer known = new NotebookSanitizer(new SecretScanner(
                List.of(new KnownSecret("celonis-app-key", key))));
        byte[] notebook = bytes("{\"cells\": [{\"source\": \"print(key[:15]) -> " + key.substring(0, 15) + "\"}]}");

        SanitizeResult result = known.sanitize(notebook);

        assertEquals("{\"cells\": [{\"source\": \"print(key[:15]) -> [REDACTED celonis-app-key]\"}]}",
                text(result.bytes()));
        assertEquals("celonis-app-key", result.findings().get(0).kind());
    }

    @Test
    void aKnownKeyFlushedAcrossTwoStreamOutputsIsRedactedInBoth() throws Exception {
        NotebookSanitizer known = new NotebookSanitizer(new SecretScanner(
                List.of(new KnownSecret("celonis-app-key", key))));
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj(), "print(key)",
                obj("name", "stdout", "output_type", "stream", "text", key.substring(0, 54)),
                obj("name", "stdout", "output_type", "stream", "text", key.substring(54) + "\n"))),
                TestJson.Style.NBFORMAT);

        SanitizeResult result = known.sanitize(notebook);

        assertEquals(List.of("cells[1].outputs[0].text", "cells[1].outputs[1].text"),
                result.findings().stream().map(NotebookFinding::path).toList());
        assertFalse(text(result.bytes()).contains(key.substring(0, 12)));
        assertFalse(text(result.bytes()).contains(key.substring(key.length() - 12)));
    }

    @Test
    void aSchemeAndATokenInSeparateJsonArrayElementsAreFoundTogether() throws Exception {
        String token = TestKeys.alphanumeric(random, 40);
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj(), "h", Planting.display(
                obj("application/json", obj("auth", list("Bearer ", token)))))), TestJson.Style.NBFORMAT);

        SanitizeResult result = shapes.sanitize(notebook);

        assertEquals(List.of(new NotebookFinding(1, 0, "cells[1].outputs[0].data[\"application/json\"].auth",
                "authorization-header", result.findings().get(0).line())), result.findings());
        assertTrue(text(result.bytes()).contains("\"Bearer \",\n        \"[REDACTED authorization-header]\""));
    }

    private final String awsId = TestKeys.awsAccessKeyId(random);
    private final String gitHub = TestKeys.gitHubToken(random);
    private final String gitHub2 = TestKeys.gitHubToken(random);

    private String sanitizedMetadata(String metadataJson) throws Exception {
        String notebook = "{\"cells\": [], \"metadata\": " + metadataJson + ", \"nbformat\": 4, \"nbformat_minor\": 5}";
        String out = text(shapes.sanitize(bytes(notebook)).bytes());
        return out.substring(out.indexOf("\"metadata\": ") + "\"metadata\": ".length(), out.indexOf(", \"nbformat\""));
    }

    /**
     * Arrays that are not a text cut into lines (tags, traceback lines, lists in JSON data and metadata) are scanned
     * element by element with a line break between: a token is found beside another element, does not swallow the
     * next element's first word, and two tokens side by side are both found.
     */
    @Test
    void elementsOfListsThatAreNotMultilineTextAreScannedApart() throws Exception {
        assertEquals("{\"tags\": [\"prod\", \"[REDACTED aws-access-key-id]\"]}",
                sanitizedMetadata("{\"tags\": [\"prod\", \"" + awsId + "\"]}"));
        assertEquals("{\"k\": [\"admin\", \"[REDACTED github-token]\"]}",
                sanitizedMetadata("{\"k\": [\"admin\", \"" + gitHub + "\"]}"));
        assertEquals("{\"k\": [\"[REDACTED github-token]\", \"admin\"]}",
                sanitizedMetadata("{\"k\": [\"" + gitHub + "\", \"admin\"]}"));
        assertEquals("{\"tags\": [\"[REDACTED github-token]\", \"[REDACTED github-token]\"]}",
                sanitizedMetadata("{\"tags\": [\"" + gitHub + "\", \"" + gitHub2 + "\"]}"));
        assertEquals("{\"traceback\": [\"ValueError: bad [REDACTED github-token]\", \"During handling\"]}",
                sanitizedMetadata("{\"traceback\": [\"ValueError: bad " + gitHub + "\", \"During handling\"]}"));
    }

    /** A cell's source is one text cut into lines: a key split across two of its elements is still found whole. */
    @Test
    void aKeySplitAcrossTheElementsOfASourceIsStillFoundWhole() throws Exception {
        String notebook = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c1\", "
                + "\"metadata\": {}, \"outputs\": [], \"source\": [\"k = '" + key.substring(0, 40) + "\", \""
                + key.substring(40) + "'\\n\"]}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
        String out = text(shapes.sanitize(bytes(notebook)).bytes());
        assertFalse(out.contains(key.substring(0, 12)), out);
        assertFalse(out.contains(key.substring(key.length() - 12)), out);
        assertTrue(out.contains("[REDACTED celonis-key]"), out);
    }
}
