package io.github.celonisnb.magics.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import io.github.celonisnb.magics.secrets.detect.TestKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inputs that are not notebooks: each gives a typed reason, a position, and a message without file content. */
class InvalidNotebookTest {

    private static final String FIX = ". Fix the file in a text editor or restore it from version control, then try"
            + " again.";

    private final NotebookSanitizer sanitizer = new NotebookSanitizer(SecretScanner.shapesOnly());

    private InvalidNotebookException rejected(byte[] input) {
        InvalidNotebookException fromBytes = assertThrows(InvalidNotebookException.class,
                () -> sanitizer.sanitize(input));
        InvalidNotebookException fromStream = assertThrows(InvalidNotebookException.class,
                () -> sanitizer.sanitize(new ByteArrayInputStream(input), new ByteArrayOutputStream()));
        InvalidNotebookException fromChecker = assertThrows(InvalidNotebookException.class,
                () -> new NotebookChecker(SecretScanner.shapesOnly()).check(input));
        assertEquals(fromBytes.getMessage(), fromStream.getMessage());
        assertEquals(fromBytes.getMessage(), fromChecker.getMessage());
        assertEquals(null, fromBytes.getCause());
        return fromBytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rejectsNbstripoutsInvalidJsonNotebookAtTheTrailingComma() {
        byte[] input = Corpus.read(Corpus.require().resolve("notebooks").resolve("nbstripout__test_invalid_json.ipynb"));

        InvalidNotebookException e = rejected(input);

        assertEquals(InvalidNotebookException.Reason.MALFORMED_JSON, e.reason());
        assertEquals("Not a valid notebook: the JSON is malformed at line 33, column 1" + FIX, e.getMessage());
    }

    @Test
    void acceptsNbformatsSchemaInvalidNotebookBecauseItIsValidJson() throws Exception {
        byte[] input = Corpus.read(Corpus.require().resolve("notebooks").resolve("nbformat__invalid.ipynb"));

        assertEquals(List.of(), sanitizer.sanitize(input).findings());
    }

    @Test
    void rejectsEmptyAndBlankInput() {
        assertEquals("Not a valid notebook: the file is empty" + FIX, rejected(new byte[0]).getMessage());
        assertEquals(InvalidNotebookException.Reason.EMPTY, rejected(bytes(" \n\t ")).reason());
    }

    @Test
    void rejectsATopLevelValueThatIsNotAnObject() {
        InvalidNotebookException e = rejected(bytes("\n[1, 2]"));

        assertEquals("Not a Jupyter notebook: the top-level JSON value is a list instead of an object at line 2,"
                + " column 1. A notebook is a JSON object with a \"cells\" list (nbformat 4) or a \"worksheets\" list"
                + " (nbformat 2 and 3). If this file is a notebook, restore it from version control or save it again"
                + " from Jupyter; if it is not, leave it out.", e.getMessage());
    }

    private static final String DELETE_TRAILING = ". Delete everything after the notebook's closing brace, or restore"
            + " the file from version control, then try again.";

    @Test
    void rejectsJsonAfterTheTopLevelObject() {
        assertEquals("Not a valid notebook: there is unexpected content after the notebook's end at line 1, column 4"
                + DELETE_TRAILING, rejected(bytes("{} {}")).getMessage());
    }

    /**
     * Whatever follows a complete notebook is trailing content, wherever the file ends: the notebook itself is whole,
     * so "truncated" or "malformed" would send the user looking in the wrong place.
     */
    @Test
    void anythingAfterACompleteNotebookIsTrailingContentAtItsFirstCharacter() {
        byte[] whole = Corpus.read(Corpus.require().resolve("notebooks").resolve("nbformat__test4.ipynb"));
        String notebook = new String(whole, StandardCharsets.UTF_8).stripTrailing() + "\n";
        int line = (int) notebook.chars().filter(c -> c == '\n').count() + 1;
        for (String trailing : List.of("xyz\n", "xyz", "{}\n", "{}", "  {\"cells\": [", "]", "}", "\"text",
                "1.", "\u0000", "/")) {
            InvalidNotebookException e = rejected(bytes(notebook + trailing));

            String shown = trailing.replace("\n", "\\n").replace("\u0000", "\\u0000");
            assertEquals(InvalidNotebookException.Reason.TRAILING_CONTENT, e.reason(), shown);
            assertEquals(line, e.line(), shown);
            assertEquals(trailing.startsWith("  ") ? 3 : 1, e.column(), shown);
            InvalidNotebookException stripping = assertThrows(InvalidNotebookException.class,
                    () -> new OutputStripper(StripOptions.defaults()).strip(bytes(notebook + trailing)));
            assertEquals(e.getMessage(), stripping.getMessage(), shown);
        }
    }

    @Test
    void trailingContentOnTheLineOfTheClosingBraceIsFoundThere() {
        InvalidNotebookException e = rejected(bytes("{\"cells\": []\r\n}  garbage\r\n"));

        assertEquals("Not a valid notebook: there is unexpected content after the notebook's end at line 2, column 4"
                + DELETE_TRAILING, e.getMessage());
    }

    @Test
    void rejectsATruncatedFileInsteadOfCompletingIt() {
        byte[] whole = Corpus.read(Corpus.require().resolve("notebooks").resolve("nbformat__test4.ipynb"));

        InvalidNotebookException e = rejected(Arrays.copyOf(whole, whole.length / 2));

        assertEquals(InvalidNotebookException.Reason.TRUNCATED, e.reason());
    }

    @Test
    void callsEveryProperPrefixOfANotebookTruncated() {
        byte[] whole = TestJson.write(Planting.v4(Planting.code(TestJson.obj("flag", true, "n", -15, "none", TestJson.NULL),
                TestJson.list("x = 1\n", "y = 'caf\u00e9'"))), TestJson.Style.NBFORMAT);
        for (int cut = 1; cut < whole.length - 1; cut++) {
            int length = cut;
            byte[] prefix = Arrays.copyOf(whole, length);
            InvalidNotebookException.Reason reason = assertThrows(InvalidNotebookException.class,
                    () -> sanitizer.sanitize(prefix)).reason();
            assertEquals(InvalidNotebookException.Reason.TRUNCATED, reason, "prefix of " + length + " bytes");
            InvalidNotebookException.Reason streamed = assertThrows(InvalidNotebookException.class,
                    () -> sanitizer.sanitize(new ThrottledInputStream(prefix, length, 9), new ByteArrayOutputStream()))
                    .reason();
            assertEquals(InvalidNotebookException.Reason.TRUNCATED, streamed, "streamed prefix of " + length);
        }
    }

    @Test
    void rejectsUtf16() {
        byte[] utf16 = "{\"cells\": []}".getBytes(StandardCharsets.UTF_16);

        assertEquals("Not a valid notebook: the file is not UTF-8 (it looks like UTF-16 or UTF-32) at line 1,"
                + " column 1" + FIX, rejected(utf16).getMessage());
        assertEquals(InvalidNotebookException.Reason.NOT_UTF8,
                rejected("{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE)).reason());
    }

    @Test
    void rejectsBytesThatAreNotUtf8InsideAString() {
        byte[] input = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};

        assertEquals(InvalidNotebookException.Reason.MALFORMED_JSON, rejected(input).reason());
    }

    @Test
    void rejectsNestingDeeperThanTenThousandLevels() {
        String deep = "{\"a\": " + "[".repeat(10_001) + "]".repeat(10_001) + "}";

        assertEquals(InvalidNotebookException.Reason.LIMIT_EXCEEDED, rejected(bytes(deep)).reason());
    }

    @Test
    void acceptsDeepButReasonableNesting() throws Exception {
        String deep = "{\"a\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";

        assertEquals(List.of(), sanitizer.sanitize(bytes(deep)).findings());
    }

    @Test
    void neverQuotesTheFileInTheMessageEvenNextToTheError() {
        String key = TestKeys.celonisKey(new Random(9));
        String input = "{\"source\": \"" + key + "\" \"" + key + "\"}";

        InvalidNotebookException e = rejected(bytes(input));

        assertFalse(e.getMessage().contains(key.substring(0, 12)));
        assertEquals("Not a valid notebook: the JSON is malformed at line 1, column 123" + FIX, e.getMessage());
    }
}
