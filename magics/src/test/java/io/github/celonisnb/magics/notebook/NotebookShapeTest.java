package io.github.celonisnb.magics.notebook;

import static io.github.celonisnb.magics.notebook.TestJson.list;
import static io.github.celonisnb.magics.notebook.TestJson.obj;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import io.github.celonisnb.magics.secrets.detect.TestKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link InputShape#NOTEBOOK}: JSON that is not laid out as a notebook at all is rejected with what is wrong and where;
 * real notebooks of every nbformat version, including minimal and merely schema-invalid ones, are accepted as before.
 */
class NotebookShapeTest {

    private static final String ADVICE = " A notebook is a JSON object with a \"cells\" list (nbformat 4) or a"
            + " \"worksheets\" list (nbformat 2 and 3). If this file is a notebook, restore it from version control"
            + " or save it again from Jupyter; if it is not, leave it out.";

    private final NotebookSanitizer strict = new NotebookSanitizer(SecretScanner.shapesOnly(), InputShape.NOTEBOOK);
    private final NotebookChecker strictChecker = new NotebookChecker(SecretScanner.shapesOnly(), InputShape.NOTEBOOK);
    private final NotebookSanitizer lenient = new NotebookSanitizer(SecretScanner.shapesOnly());

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The exception for {@code input}, the same from every entry point that requires a notebook. */
    private InvalidNotebookException rejected(String input) {
        byte[] bytes = bytes(input);
        InvalidNotebookException fromBytes = assertThrows(InvalidNotebookException.class, () -> strict.sanitize(bytes));
        InvalidNotebookException fromStream = assertThrows(InvalidNotebookException.class,
                () -> strict.sanitize(new ThrottledInputStream(bytes, 3, 7), new ByteArrayOutputStream()));
        InvalidNotebookException fromChecker = assertThrows(InvalidNotebookException.class,
                () -> strictChecker.check(bytes));
        InvalidNotebookException fromStreamChecker = assertThrows(InvalidNotebookException.class,
                () -> strictChecker.check(new ByteArrayInputStream(bytes)));
        InvalidNotebookException fromStripper = assertThrows(InvalidNotebookException.class,
                () -> new OutputStripper(StripOptions.defaults()).strip(bytes));
        for (InvalidNotebookException other : List.of(fromStream, fromChecker, fromStreamChecker, fromStripper)) {
            assertEquals(fromBytes.getMessage(), other.getMessage(), input);
            assertEquals(fromBytes.reason(), other.reason(), input);
        }
        return fromBytes;
    }

    private void accepted(String input) throws Exception {
        byte[] bytes = bytes(input);
        SanitizeResult result = strict.sanitize(bytes);
        assertSame(bytes, result.bytes(), input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        strict.sanitize(new ByteArrayInputStream(bytes), out);
        assertArrayEquals(bytes, out.toByteArray(), input);
        assertEquals(List.of(), strictChecker.check(new ByteArrayInputStream(bytes)), input);
        new OutputStripper(StripOptions.defaults()).strip(bytes);
    }

    @Test
    void anObjectWithoutCellsIsNotANotebook() {
        for (String input : List.of("{\"a\": 1}", "{}", "{\"nbformat\": 4}",
                "{\"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}",
                "{\"metadata\": {\"cells\": []}, \"nbformat\": 4}")) {
            InvalidNotebookException e = rejected(input);

            assertEquals(InvalidNotebookException.Reason.NOT_A_NOTEBOOK, e.reason(), input);
            assertEquals("Not a Jupyter notebook: it has no \"cells\" list." + ADVICE, e.getMessage(), input);
            assertEquals(-1, e.line());
        }
    }

    @Test
    void cellsThatAreNotAListOfObjectsAreNamedWithTheirPlace() {
        assertEquals("Not a Jupyter notebook: its \"cells\" value is an object instead of a list at line 1, column"
                + " 11." + ADVICE, rejected("{\"cells\": {}}").getMessage());
        assertEquals("Not a Jupyter notebook: cell 0 is a number instead of an object at line 1, column 12." + ADVICE,
                rejected("{\"cells\": [1]}").getMessage());
        assertEquals("Not a Jupyter notebook: cell 2 is a list instead of an object at line 4, column 3." + ADVICE,
                rejected("{\"cells\": [\n  {},\n  {\"cell_type\": \"code\"},\n  []\n ]}").getMessage());
        assertEquals("Not a Jupyter notebook: its \"cells\" value is a string instead of a list at line 1, column 11."
                + ADVICE, rejected("{\"cells\": \"text\", \"nbformat\": 4}").getMessage());
        assertEquals("Not a Jupyter notebook: its \"cells\" value is null instead of a list at line 1, column 11."
                + ADVICE, rejected("{\"cells\": null}").getMessage());
    }

    @Test
    void worksheetsThatAreNotListsOfObjectsAreNamedWithTheirPlace() {
        assertEquals("Not a Jupyter notebook: its \"worksheets\" value is an object instead of a list at line 1,"
                + " column 31." + ADVICE, rejected("{\"nbformat\": 3, \"worksheets\": {}}").getMessage());
        assertEquals("Not a Jupyter notebook: worksheet 1 is a boolean instead of an object at line 1, column 32."
                + ADVICE, rejected("{\"worksheets\": [{\"cells\": []}, true]}").getMessage());
        assertEquals("Not a Jupyter notebook: the \"cells\" value of worksheet 0 is a number instead of a list at"
                + " line 1, column 27." + ADVICE, rejected("{\"worksheets\": [{\"cells\": 3}]}").getMessage());
        assertEquals("Not a Jupyter notebook: cell 1 of worksheet 0 is a string instead of an object at line 1,"
                + " column 32." + ADVICE, rejected("{\"worksheets\": [{\"cells\": [{}, \"x\"]}]}").getMessage());
    }

    @Test
    void theVersionMustBeAWholeNumberAndTheMetadataAnObject() {
        assertEquals("Not a Jupyter notebook: its \"nbformat\" value is a string instead of a whole number at line 1,"
                + " column 14." + ADVICE, rejected("{\"nbformat\": \"four\", \"cells\": []}").getMessage());
        assertEquals("Not a Jupyter notebook: its \"nbformat_minor\" value is a fractional number instead of a whole"
                + " number at line 1, column 48." + ADVICE,
                rejected("{\"cells\": [], \"nbformat\": 4, \"nbformat_minor\": 0.5}").getMessage());
        assertEquals("Not a Jupyter notebook: its \"metadata\" value is a list instead of an object at line 1, column"
                + " 27." + ADVICE, rejected("{\"cells\": [], \"metadata\": []}").getMessage());
    }

    @Test
    void aTopLevelValueThatIsNotAnObjectSaysWhatItIs() {
        assertEquals("Not a Jupyter notebook: the top-level JSON value is a list instead of an object at line 1,"
                + " column 1." + ADVICE, rejected("[]").getMessage());
        assertEquals("Not a Jupyter notebook: the top-level JSON value is a string instead of an object at line 1,"
                + " column 1." + ADVICE, rejected("\"text\"").getMessage());
        assertEquals(InvalidNotebookException.Reason.NOT_AN_OBJECT, rejected("42").reason());
    }

    @Test
    void aFileThatIsAlsoBrokenJsonIsReportedAsBrokenJson() {
        assertEquals(InvalidNotebookException.Reason.MALFORMED_JSON,
                rejected("{\"cells\": [1, 2,]}").reason());
        assertEquals(InvalidNotebookException.Reason.TRUNCATED, rejected("{\"cells\": {}, \"a\": [").reason());
        assertEquals(InvalidNotebookException.Reason.TRAILING_CONTENT, rejected("{\"a\": 1}\nxyz").reason());
    }

    @Test
    void theMessageNeverQuotesTheFile() {
        String key = TestKeys.celonisKey(new Random(3));

        InvalidNotebookException e = rejected("{\"" + key + "\": 1, \"cells\": \"" + key + "\"}");

        assertFalse(e.getMessage().contains(key.substring(0, 12)));
    }

    @Test
    void minimalAndUnusualButRealNotebooksOfEveryVersionAreAccepted() throws Exception {
        accepted("{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        accepted("{\"cells\": []}");
        accepted("{\"cells\": [{}], \"metadata\": {\"cells\": 1}}");
        accepted("{\"cells\": [], \"nbformat\": 4.0, \"nbformat_minor\": 2e0}");
        accepted("{\"metadata\": {\"name\": \"\"}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": [{\"cells\":"
                + " [], \"metadata\": {}}]}");
        accepted("{\"metadata\": {}, \"nbformat\": 2, \"worksheets\": [{\"cells\": [{\"cell_type\": \"code\"}]}]}");
        accepted("{\"nbformat\": 3, \"worksheets\": []}");
        accepted("{\"nbformat\": 3, \"worksheets\": [{\"metadata\": {}}]}");
        accepted("{\"cells\": [{\"cell_type\": \"bad\", \"outputs\": 7}], \"cells\": []}");
    }

    @Test
    void everyCorpusNotebookIsAcceptedAsItWas() throws Exception {
        List<Path> notebooks = Corpus.validJsonNotebooks();
        for (Path notebook : notebooks) {
            accepted(new String(Corpus.read(notebook), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyPlantingNotebookIsAcceptedAndSanitizedAsWithoutTheCheck() throws Exception {
        String key = TestKeys.celonisKey(new Random(5));
        for (Planting.Place place : Planting.Place.values()) {
            byte[] notebook = TestJson.write(place.build("k = '" + key + "'"), TestJson.Style.NBFORMAT);

            assertArrayEquals(lenient.sanitize(notebook).bytes(), strict.sanitize(notebook).bytes(), place.name());
        }
    }

    @Test
    void withoutTheCheckAnyJsonObjectIsStillScanned() throws Exception {
        String key = TestKeys.celonisKey(new Random(8));

        SanitizeResult result = lenient.sanitize(bytes("{\"a\": \"" + key + "\"}"));

        assertEquals("{\"a\": \"[REDACTED celonis-key]\"}", new String(result.bytes(), StandardCharsets.UTF_8));
        assertEquals(InvalidNotebookException.Reason.NOT_AN_OBJECT,
                assertThrows(InvalidNotebookException.class, () -> lenient.sanitize(bytes("[]"))).reason());
    }

    @Test
    void positionsFollowTheFilesOwnLayout() {
        byte[] v4 = TestJson.write(obj("cells", list(obj("cell_type", "code"), "oops"), "nbformat", 4),
                TestJson.Style.CRLF_TWO_SPACES);

        InvalidNotebookException e = assertThrows(InvalidNotebookException.class, () -> strict.sanitize(v4));

        assertEquals("Not a Jupyter notebook: cell 1 is a string instead of an object at line 6, column 5." + ADVICE,
                e.getMessage());
    }
}
