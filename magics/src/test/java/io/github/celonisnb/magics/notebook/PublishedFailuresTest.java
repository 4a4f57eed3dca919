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
import io.github.celonisnb.magics.notebook.gitfilter.FilterSessionSummary;
import io.github.celonisnb.magics.notebook.gitfilter.GitFilterProcess;
import io.github.celonisnb.magics.secrets.detect.KnownSecret;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import io.github.celonisnb.magics.secrets.detect.TestKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One test for each kind of failure reported against notebook secret scanners and nbstripout (the failure log in
 * the sanitizer research note, section 4): each must be impossible here.
 */
class PublishedFailuresTest {

    private final Random random = new Random(2024);
    private final NotebookSanitizer shapes = new NotebookSanitizer(SecretScanner.shapesOnly());

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] notebookWithSource(String source) {
        return TestJson.write(Planting.v4(Planting.code(obj(), list(source))), TestJson.Style.NBFORMAT);
    }

    private String redactedSource(String source) throws Exception {
        byte[] result = shapes.sanitize(notebookWithSource(source)).bytes();
        return new ObjectMapper().readTree(result).path("cells").path(1).path("source").path(0).asText();
    }

    /** The 1-based line of the first occurrence of {@code needle} in the file. */
    private static int lineOf(byte[] notebook, String needle) {
        String all = text(notebook);
        return (int) all.substring(0, all.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static long count(byte[] bytes, byte b) {
        long n = 0;
        for (byte x : bytes) {
            n += x == b ? 1 : 0;
        }
        return n;
    }

    @Test
    void gitleaks914AGenericTokenAndAPasswordDictInACellAreFoundDespiteTheEscapedQuotes() throws Exception {
        String token = TestKeys.alphanumeric(random, 40);

        assertEquals("token = \"[REDACTED secret-assignment]\"", redactedSource("token = \"" + token + "\""));
        assertEquals("creds = {'password': '[REDACTED secret-assignment]'}",
                redactedSource("creds = {'password': 'Tr0ub4dor&3'}"));
    }

    @Test
    void gitleaks2055AnOpenAiKeyPassedAsAKeywordArgumentIsFound() throws Exception {
        String key = "sk-" + "proj-" + "Q9x" + TestKeys.alphanumeric(random, 60);

        assertEquals("client = OpenAI(api_key=\"[REDACTED openai-key]\")",
                redactedSource("client = OpenAI(api_key=\"" + key + "\")"));
    }

    @Test
    void trufflehog643AGenericTokenWithNoProviderShapeIsFound() throws Exception {
        String token = TestKeys.alphanumeric(random, 32);

        assertEquals("MY_SERVICE_TOKEN = '[REDACTED secret-assignment]'",
                redactedSource("MY_SERVICE_TOKEN = '" + token + "'"));
    }

    @Test
    void detectSecrets781AShortPasswordInACellIsFound() throws Exception {
        assertEquals("my_password = \"[REDACTED secret-assignment]\"", redactedSource("my_password = \"bar\""));
    }

    @Test
    void detectSecrets384Base64ImagesInMarkdownOutputsAndAttachmentsAreNotFlagged() throws Exception {
        byte[] image = new byte[200_000];
        random.nextBytes(image);
        String png = Base64.getEncoder().encodeToString(image);
        TestJson.Obj markdown = obj("attachments", obj("plot.png", obj("image/png", png)), "cell_type", "markdown",
                "id", "m2", "metadata", obj(), "source", list("![plot](data:image/png;base64," + png + ")"));
        byte[] notebook = TestJson.write(obj("cells", list(markdown, Planting.code(obj(), "show()",
                        Planting.display(obj("image/png", png, "text/html", "<img src=\"data:image/png;base64," + png
                                + "\"/>", "text/plain", png)))), "metadata", obj(), "nbformat", 4, "nbformat_minor", 5),
                TestJson.Style.NBFORMAT);

        SanitizeResult result = shapes.sanitize(notebook);

        assertEquals(List.of(), result.findings());
        assertSame(notebook, result.bytes());
    }

    @Test
    void nbstripout190ValidNotebooksAreNeverRejectedHoweverTheyArriveAndTruncatedOnesAreNotRepaired()
            throws Exception {
        for (Path path : Corpus.validJsonNotebooks()) {
            byte[] notebook = Corpus.read(path);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            shapes.sanitize(new ThrottledInputStream(notebook, 1, 3), out);
            assertArrayEquals(notebook, out.toByteArray(), path.getFileName().toString());
        }
        byte[] whole = Corpus.read(Corpus.validJsonNotebooks().get(0));
        InvalidNotebookException e = assertThrows(InvalidNotebookException.class,
                () -> shapes.sanitize(Arrays.copyOf(whole, whole.length - 3)));
        assertEquals(InvalidNotebookException.Reason.TRUNCATED, e.reason());
    }

    @Test
    void nbstripout202CrlfLineEndsSurviveSanitizing() throws Exception {
        String key = TestKeys.celonisKey(random);
        byte[] crlf = TestJson.write(Planting.v4(Planting.code(obj(), list("k = '" + key + "'\n", "print(k)"))),
                TestJson.Style.CRLF_TWO_SPACES);

        byte[] result = shapes.sanitize(crlf).bytes();

        assertFalse(text(result).replace("\r\n", "").contains("\n"));
        assertEquals(text(crlf).split("\r\n").length, text(result).split("\r\n").length);
    }

    @Test
    void nbstripout110SanitizingAddsAndRemovesNoLineEndBytes() throws Exception {
        Planting.Keys keys = Planting.Keys.generate(random);
        NotebookSanitizer known = new NotebookSanitizer(new SecretScanner(keys.knownSecrets()));
        byte[] notebook = TestJson.write(Planting.Place.STREAM_TEXT.build(Planting.Form.WRAPPED_AT_64_WITH_CRLF
                .render(keys)), TestJson.Style.CRLF_TWO_SPACES);

        byte[] result = known.sanitize(notebook).bytes();

        assertEquals(count(notebook, (byte) '\r'), count(result, (byte) '\r'));
        assertEquals(count(notebook, (byte) '\n'), count(result, (byte) '\n'));
    }

    @Test
    void nbstripout65CleanIsIdempotentAndACleanFileComesBackIdenticalThroughTheFilter() throws Exception {
        byte[] clean = Corpus.read(Corpus.require().resolve("notebooks").resolve("nbformat__test4.5.ipynb"));
        String key = TestKeys.celonisKey(random);
        byte[] dirty = notebookWithSource("k = '" + key + "'");

        byte[] once = shapes.sanitize(dirty).bytes();
        assertArrayEquals(once, shapes.sanitize(once).bytes());
        assertSame(clean, shapes.sanitize(clean).bytes());
        assertArrayEquals(clean, GitFilterProcess.sanitizingClean(shapes).apply(clean));
    }

    @Test
    void nbstripout33OneFilterProcessServesAllNotebooksOfACommand() throws Exception {
        StringBuilder input = new StringBuilder(pkt("git-filter-client\n") + pkt("version=2\n") + "0000"
                + pkt("capability=clean\n") + pkt("capability=smudge\n") + "0000");
        for (int i = 0; i < 300; i++) {
            String notebook = text(notebookWithSource("k = '" + TestKeys.celonisKey(random) + "'"));
            input.append(pkt("command=clean\n")).append(pkt("pathname=nb" + i + ".ipynb\n")).append("0000")
                    .append(pkt(notebook)).append("0000");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FilterSessionSummary summary = GitFilterProcess.run(new ByteArrayInputStream(bytes(input.toString())), out,
                GitFilterProcess.sanitizingClean(shapes));

        assertEquals(300, summary.cleaned());
        assertEquals(300, text(out.toByteArray()).split("\\[REDACTED celonis-key]", -1).length - 1);
    }

    private static String pkt(String text) {
        return String.format("%04x", bytes(text).length + 4) + text;
    }

    @Test
    void nbstripout108OutputsAreKeptSoTheWorkingCopyAndTheCommitDifferOnlyInSecrets() throws Exception {
        Planting.Keys keys = Planting.Keys.generate(random);
        String payload = keys.known().key();
        byte[] input = TestJson.write(Planting.Place.TEXT_HTML.build(payload), TestJson.Style.NBFORMAT);
        byte[] filler = TestJson.write(Planting.Place.TEXT_HTML.build("x".repeat(payload.length())),
                TestJson.Style.NBFORMAT);

        SanitizeResult result = SanitizedNotebook.check(keys, input, filler);

        JsonNode output = new ObjectMapper().readTree(result.bytes()).path("cells").path(1).path("outputs").path(0);
        assertEquals("df", output.path("data").path("text/plain").asText());
    }

    @Test
    void nbstripout134NotebooksWithCollapsedHeadingsAndDeepMetadataFinish() throws Exception {
        Object nested = "leaf";
        for (int i = 0; i < 2_000; i++) {
            nested = obj("level", nested);
        }
        byte[] notebook = TestJson.write(Planting.v4(obj("toc", nested), Planting.code(obj("collapsed", true,
                "heading_collapsed", true, "hidden", true, "scrolled", "auto"), "x")), TestJson.Style.NBFORMAT);

        assertEquals(List.of(), shapes.sanitize(notebook).findings());
        assertTrue(new OutputStripper(StripOptions.defaults()).strip(notebook).changed());
    }

    @Test
    void nbstripout147BigBinaryOutputsDoNotStopTheSecretsAfterThemFromBeingRedacted() throws Exception {
        byte[] image = new byte[6 * 1024 * 1024];
        random.nextBytes(image);
        String key = TestKeys.celonisKey(random);
        TestJson.Obj plot = Planting.code(obj(), "plot()",
                Planting.display(obj("image/png", Base64.getEncoder().encodeToString(image))));
        TestJson.Obj leak = obj("cell_type", "code", "execution_count", 4, "id", "c3", "metadata", obj(),
                "outputs", list(), "source", "k = '" + key + "'");
        byte[] notebook = TestJson.write(obj("cells", list(plot, leak), "metadata", obj(), "nbformat", 4,
                "nbformat_minor", 5), TestJson.Style.NBFORMAT);

        SanitizeResult result = shapes.sanitize(notebook);

        assertEquals(List.of(new NotebookFinding(1, -1, "cells[1].source", "celonis-key", lineOf(notebook, key))),
                result.findings());
    }

    @Test
    void nbformat359CellIdsAreNeverCorrectedMissingOrDuplicated() throws Exception {
        byte[] missing = Corpus.read(Corpus.require().resolve("notebooks").resolve("nbformat__v4_5_no_cell_id.ipynb"));
        TestJson.Obj cell = Planting.code(obj(), "x");
        byte[] duplicated = TestJson.write(obj("cells", list(cell, cell), "metadata", obj(), "nbformat", 4,
                "nbformat_minor", 5), TestJson.Style.NBFORMAT);

        assertSame(missing, shapes.sanitize(missing).bytes());
        assertSame(duplicated, shapes.sanitize(duplicated).bytes());
    }

    @Test
    void nbstripoutFast29KeepingOutputsSetsCountsToNullAndNeverDeletesThem() throws Exception {
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj(), "1+1",
                Planting.result(obj("text/plain", "2")))), TestJson.Style.NBFORMAT);

        byte[] stripped = new OutputStripper(StripOptions.defaults().withKeepOutput(true)).strip(notebook).bytes();

        JsonNode cell = new ObjectMapper().readTree(stripped).path("cells").path(1);
        assertTrue(cell.get("execution_count").isNull());
        assertTrue(cell.path("outputs").path(0).get("execution_count").isNull());
    }

    @Test
    void ipywidgets1793APasswordWidgetsSavedValueIsRedactedWhateverItLooksLike() throws Exception {
        String after = text(TestJson.write(Planting.v4(Planting.widgets(obj("_model_name", "PasswordModel",
                "value", "hunter2")), Planting.code(obj(), "w")), TestJson.Style.NBFORMAT));
        String before = text(TestJson.write(Planting.v4(Planting.widgets(obj("value", "hunter2",
                "_model_name", "PasswordModel")), Planting.code(obj(), "w")), TestJson.Style.NBFORMAT));

        for (String notebook : List.of(after, before)) {
            SanitizeResult result = shapes.sanitize(bytes(notebook));
            assertEquals(notebook.replace("\"hunter2\"", "\"[REDACTED widget-password]\""), text(result.bytes()));
            assertEquals("widget-password", result.findings().get(0).kind());
        }
    }

    @Test
    void gitleaks1292AKeyOnAReadBufferEdgeIsFound() throws Exception {
        String key = TestKeys.celonisKey(random);
        for (int offset : new int[] {7_950, 7_990, 8_000, 65_500, 65_530}) {
            String filler = "a".repeat(offset);
            byte[] notebook = bytes("{\"cells\": [{\"source\": \"" + filler + " " + key + " \"}]}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SanitizeReport report = shapes.sanitize(new ThrottledInputStream(notebook, offset, 8192), out);
            assertEquals(1, report.findings().size(), "key at offset " + offset);
            assertFalse(text(out.toByteArray()).contains(key));
        }
    }

    @Test
    void coursIa10143PrintedTokenPrefixesAreRedactedAndPlaceholdersAreNotFlagged() throws Exception {
        String key = TestKeys.celonisKey(random);
        NotebookSanitizer known = new NotebookSanitizer(new SecretScanner(
                List.of(new KnownSecret("celonis-app-key", key))));
        String printed = "token loaded: " + key.substring(0, 15) + "..." + key.substring(key.length() - 5);
        byte[] notebook = TestJson.write(Planting.v4(Planting.code(obj(), list(
                        "api_key = \"sk-or-v1-VOTRE_CLE\"\n", "api_token = 'your_api_token'\n"),
                obj("name", "stdout", "output_type", "stream", "text", printed))), TestJson.Style.NBFORMAT);

        SanitizeResult result = known.sanitize(notebook);

        assertEquals(List.of(new NotebookFinding(1, 0, "cells[1].outputs[0].text", "celonis-app-key",
                lineOf(notebook, "token loaded"))), result.findings());
        assertTrue(text(result.bytes()).contains("token loaded: [REDACTED celonis-app-key]..."));
    }
}
