package io.github.celonisnb.magics.notebook;

import static io.github.celonisnb.magics.notebook.TestJson.list;
import static io.github.celonisnb.magics.notebook.TestJson.obj;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputStripperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OutputStripper defaults = new OutputStripper(StripOptions.defaults());

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void leavesAnAlreadyCleanNotebookByteIdentical() throws Exception {
        byte[] clean = Corpus.read(Corpus.require().resolve("notebooks").resolve("nbstripout__test_nochange.ipynb"));

        StripResult result = defaults.strip(clean);

        assertFalse(result.changed());
        assertSame(clean, result.bytes());
    }

    @Test
    void rejectsInvalidJsonInsteadOfGuessing() {
        byte[] broken = Corpus.read(Corpus.require().resolve("notebooks")
                .resolve("nbstripout__test_invalid_json.ipynb"));

        InvalidNotebookException e = assertThrows(InvalidNotebookException.class, () -> defaults.strip(broken));

        assertEquals(InvalidNotebookException.Reason.MALFORMED_JSON, e.reason());
    }

    @Test
    void keepsCrlfLineEndsAndTheLayoutOfEverythingItKeeps() throws Exception {
        Path corpus = Corpus.require();
        byte[] lf = Files.readAllBytes(corpus.resolve("notebooks").resolve("nbstripout__test_drop_empty_cells.ipynb"));
        byte[] crlf = bytes(text(lf).replace("\n", "\r\n"));
        JsonNode expected = JSON.readTree(corpus.resolve("nbstripout_expected")
                .resolve("nbstripout__test_drop_empty_cells_dontdrop.ipynb.expected").toFile());

        StripResult result = defaults.strip(crlf);

        assertEquals(expected, JSON.readTree(result.bytes()));
        assertFalse(text(result.bytes()).replace("\r\n", "").contains("\n"), "a bare LF was written");
        assertTrue(text(result.bytes()).startsWith("{\r\n \"cells\": [\r\n  {\r\n"));
    }

    @Test
    void setsCountsToNullInsteadOfDeletingThemWhenKeepingOutputs() throws Exception {
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj(), "1+1",
                Planting.result(obj("text/plain", "2")))), TestJson.Style.NBFORMAT);

        StripResult result = new OutputStripper(StripOptions.defaults().withKeepOutput(true)).strip(notebook);

        JsonNode cell = JSON.readTree(result.bytes()).path("cells").path(1);
        assertTrue(cell.has("execution_count"));
        assertTrue(cell.get("execution_count").isNull());
        assertTrue(cell.path("outputs").path(0).get("execution_count").isNull());
        assertEquals("2", cell.path("outputs").path(0).path("data").path("text/plain").asText());
    }

    @Test
    void refusesACellWhoseMetadataContradictsItsTags() {
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj("keep_output", false, "tags",
                list("keep_output")), "1+1")), TestJson.Style.NBFORMAT);

        CellMetadataConflictException e = assertThrows(CellMetadataConflictException.class,
                () -> defaults.strip(notebook));

        assertEquals("Cell 1: its metadata says keep_output is false, but it is tagged keep_output. Remove the tag"
                + " or the metadata entry, then try again.", e.getMessage());
        assertEquals(1, e.cell());
    }

    @Test
    void warnsAboutExtraKeysThatNameNeitherNotebookNorCellMetadata() throws Exception {
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj(), "x")), TestJson.Style.NBFORMAT);

        StripResult result = new OutputStripper(StripOptions.defaults().withExtraKeys(List.of("kernelspec")))
                .strip(notebook);

        assertEquals(List.of("Ignoring invalid extra key `kernelspec`: extra keys start with \"metadata.\" or"
                + " \"cell.\""), result.warnings());
    }

    @Test
    void keepsAndDropsOutputsByType() throws Exception {
        TestJson.Obj stdout = obj("name", "stdout", "output_type", "stream", "text", "out\n");
        TestJson.Obj stderr = obj("name", "stderr", "output_type", "stream", "text", "err\n");
        TestJson.Obj error = obj("ename", "E", "evalue", "v", "output_type", "error", "traceback", list());
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj(), "x", stdout, stderr, error)),
                TestJson.Style.NBFORMAT);

        StripResult kept = new OutputStripper(StripOptions.defaults()
                .withKeepOutputTypes(List.of(OutputTypeFilter.parse("stream:stderr")))).strip(notebook);
        StripResult dropped = new OutputStripper(StripOptions.defaults().withKeepOutput(true)
                .withDropOutputTypes(List.of(OutputTypeFilter.parse("error")))).strip(notebook);

        assertEquals(List.of("stderr"), JSON.readTree(kept.bytes()).path("cells").path(1).path("outputs")
                .findValuesAsText("name"));
        assertEquals(2, JSON.readTree(dropped.bytes()).path("cells").path(1).path("outputs").size());
    }

    @Test
    void strippingTwiceGivesTheSameBytesAsStrippingOnce() throws Exception {
        for (Path notebook : Corpus.validJsonNotebooks()) {
            byte[] once = defaults.strip(Corpus.read(notebook)).bytes();
            StripResult twice = defaults.strip(once);
            assertArrayEquals(once, twice.bytes(), notebook.getFileName().toString());
            assertFalse(twice.changed(), notebook.getFileName().toString());
        }
    }

    @Test
    void parsesSizesWithNbstripoutsSuffixes() {
        assertEquals(50, StripOptions.parseSize("50"));
        assertEquals(1_000, StripOptions.parseSize("1k"));
        assertEquals(2_000_000, StripOptions.parseSize("2M"));
        assertEquals(3_000_000_000L, StripOptions.parseSize("3g"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StripOptions.parseSize("lots"));
        assertEquals("'lots' is not a size: use a whole number with an optional suffix k, M or G, e.g. 50, 1k or 2M",
                e.getMessage());
    }
}
