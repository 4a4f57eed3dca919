package io.github.celonisnb.magics.notebook;

import static io.github.celonisnb.magics.notebook.TestJson.list;
import static io.github.celonisnb.magics.notebook.TestJson.obj;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.magics.secrets.detect.KnownSecret;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import io.github.celonisnb.magics.secrets.detect.TestKeys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A cell id that holds a secret: nbformat 4.5 wants ids of 1 to 64 letters, digits, '-' and '_', unique in the
 * notebook, so the id is replaced whole by {@code redacted-N}, numbered in file order and never equal to an id the
 * notebook already has, wherever in the file that id is.
 */
class CellIdTest {

    private static final Pattern ID = Pattern.compile("\"id\": \"([^\"]*)\"");

    private final Random random = new Random(29);
    private final NotebookSanitizer sanitizer = new NotebookSanitizer(SecretScanner.shapesOnly(), InputShape.NOTEBOOK);

    /** {@code ghp_} and 36 letters and digits, made now. */
    static String gitHubToken(Random random) {
        return "ghp_" + TestKeys.alphanumeric(random, 36);
    }

    /** {@code AKIA} and 16 base32 characters, made now. */
    static String awsAccessKeyId(Random random) {
        String base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder id = new StringBuilder("AKIA");
        for (int i = 0; i < 16; i++) {
            id.append(base32.charAt(random.nextInt(base32.length())));
        }
        return id.toString();
    }

    private static byte[] notebook(String... ids) {
        List<Object> cells = new ArrayList<>();
        for (String id : ids) {
            cells.add(obj("cell_type", "code", "execution_count", 1, "id", id, "metadata", obj(), "outputs", list(),
                    "source", list("x = 1\n")));
        }
        return TestJson.write(obj("cells", cells, "metadata", obj(), "nbformat", 4, "nbformat_minor", 5),
                TestJson.Style.NBFORMAT);
    }

    private static List<String> ids(byte[] notebook) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(new String(notebook, StandardCharsets.UTF_8));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Sanitizes in memory and streamed in small reads, checks both agree and a second pass changes nothing. */
    private SanitizeResult sanitized(NotebookSanitizer sanitizer, byte[] notebook) throws Exception {
        SanitizeResult result = sanitizer.sanitize(notebook);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        SanitizeReport report = sanitizer.sanitize(new ThrottledInputStream(notebook, 5, 11), streamed);
        assertEquals(result.findings(), report.findings());
        assertArrayEquals(result.bytes(), streamed.toByteArray(), "streaming wrote other bytes");
        SanitizeResult again = sanitizer.sanitize(result.bytes());
        assertEquals(List.of(), again.findings(), "sanitizing again found more");
        assertArrayEquals(result.bytes(), again.bytes(), "sanitizing twice differs from sanitizing once");
        return result;
    }

    @Test
    void aTokenInACellIdBecomesAValidUniqueIdAndIsStillReported() throws Exception {
        String github = gitHubToken(random);
        String aws = awsAccessKeyId(random);
        byte[] notebook = notebook(github, "c2", aws);

        SanitizeResult result = sanitized(sanitizer, notebook);

        assertEquals(List.of("redacted-1", "c2", "redacted-2"), ids(result.bytes()));
        assertEquals(List.of(new NotebookFinding(0, -1, "cells[0].id", "github-token", 6),
                new NotebookFinding(2, -1, "cells[2].id", "aws-access-key-id", 26)), result.findings());
        assertEquals(result.findings(), new NotebookChecker(SecretScanner.shapesOnly(), InputShape.NOTEBOOK)
                .check(notebook));
        String expected = new String(notebook, StandardCharsets.UTF_8).replace(github, "redacted-1")
                .replace(aws, "redacted-2");
        assertEquals(expected, new String(result.bytes(), StandardCharsets.UTF_8), "nothing but the ids changed");
    }

    @Test
    void theNewIdsAvoidEveryIdOfTheNotebookBeforeAndAfterThem() throws Exception {
        byte[] notebook = notebook("redacted-1", gitHubToken(random), "redacted-3", awsAccessKeyId(random),
                "redacted-2");

        SanitizeResult result = sanitized(sanitizer, notebook);

        assertEquals(List.of("redacted-1", "redacted-4", "redacted-3", "redacted-5", "redacted-2"),
                ids(result.bytes()));
    }

    @Test
    void theSameTokenInTwoCellIdsGivesTwoDifferentIds() throws Exception {
        String github = gitHubToken(random);

        SanitizeResult result = sanitized(sanitizer, notebook(github, github));

        assertEquals(List.of("redacted-1", "redacted-2"), ids(result.bytes()));
        assertEquals(2, result.findings().size());
    }

    @Test
    void anIdWithATokenInsideIsReplacedWholeAndAKnownKeyToo() throws Exception {
        String key = TestKeys.celonisKey(random);
        NotebookSanitizer known = new NotebookSanitizer(new SecretScanner(List.of(new KnownSecret("celonis-app-key",
                key))), InputShape.NOTEBOOK);

        SanitizeResult result = sanitized(known, notebook("cell-" + gitHubToken(random), key, "ok"));

        assertEquals(List.of("redacted-1", "redacted-2", "ok"), ids(result.bytes()));
        assertEquals(List.of("github-token", "celonis-app-key"),
                result.findings().stream().map(NotebookFinding::kind).toList());
    }

    @Test
    void worksInEveryWritersStyleAndForIdsWrittenWithEscapes() throws Exception {
        String github = gitHubToken(random);
        for (TestJson.Style style : TestJson.Style.ALL) {
            byte[] notebook = TestJson.write(obj("cells", list(obj("cell_type", "markdown", "id", github,
                    "metadata", obj(), "source", "hi")), "metadata", obj(), "nbformat", 4, "nbformat_minor", 5), style);

            String out = new String(sanitized(sanitizer, notebook).bytes(), StandardCharsets.UTF_8);

            assertTrue(out.contains("\"redacted-1\""), style.toString());
            assertFalse(out.contains(github.substring(0, 12)), style.toString());
        }
    }

    @Test
    void anIdOutsideACellKeepsTheRedactionMark() throws Exception {
        String github = gitHubToken(random);
        byte[] notebook = TestJson.write(obj("cells", list(), "metadata", obj("id", github, "widget", obj("id",
                github)), "nbformat", 4, "nbformat_minor", 5), TestJson.Style.NBFORMAT);

        String out = new String(sanitized(sanitizer, notebook).bytes(), StandardCharsets.UTF_8);

        assertEquals(List.of("[REDACTED github-token]", "[REDACTED github-token]"), ids(out.getBytes(
                StandardCharsets.UTF_8)));
    }

    @Test
    void aNotebookWithoutSecretIdsKeepsItsDuplicateAndOddIdsAsTheyAre() throws Exception {
        byte[] notebook = notebook("a", "a", "redacted-1", "x y");

        SanitizeResult result = sanitizer.sanitize(notebook);

        assertEquals(List.of(), result.findings());
        assertArrayEquals(notebook, result.bytes());
    }
}
