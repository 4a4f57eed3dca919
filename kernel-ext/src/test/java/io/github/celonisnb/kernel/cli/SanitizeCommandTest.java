package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.demo.KeyFileWriter;
import io.github.celonisnb.kernel.testing.TestKeys;
import io.github.celonisnb.kernel.testing.TestNotebooks;

class SanitizeCommandTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);
    private static final String MARK = "[REDACTED celonis-app-key]";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private Cli cli;
    private String key;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(home, work);
        key = TestKeys.newKey();
        KeyFileWriter.write(cli.profiles().resolve("app.json"), "https://t.eu-1.celonis.cloud", key);
    }

    private String printing(String printed) {
        return TestNotebooks.withOutput("var login = \"done\";", printed);
    }

    private Path old(Path file) throws Exception {
        Files.setLastModifiedTime(file, LONG_AGO);
        return file;
    }

    @Test
    void replacesTheKeyInPlaceAndChangesNoOtherByte() throws Exception {
        Path nb = TestNotebooks.write(work.resolve("nb.ipynb"), printing("key=" + key + "\n"));

        Cli.Result result = cli.run("sanitize", "nb.ipynb");

        assertEquals(0, result.exitCode());
        assertEquals(printing("key=" + MARK + "\n"), Files.readString(nb));
        assertEquals("sanitized nb.ipynb (1 secret replaced)\nsanitized 1 of 1 notebook, 1 secret replaced\n",
                result.err());
        assertEquals("", result.out());
    }

    @Test
    void leavesANotebookWithoutSecretsAndItsModificationTimeAlone() throws Exception {
        Path nb = old(TestNotebooks.write(work.resolve("nb.ipynb"), TestNotebooks.clean()));

        Cli.Result result = cli.run("sanitize", "nb.ipynb");

        assertEquals(0, result.exitCode());
        assertEquals(TestNotebooks.clean(), Files.readString(nb));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(nb));
        assertEquals("sanitized 0 of 1 notebook, 0 secrets replaced\n", result.err());
    }

    @Test
    void sanitizingTwiceEqualsSanitizingOnce() throws Exception {
        Path nb = TestNotebooks.write(work.resolve("nb.ipynb"), printing(key + " " + key));
        cli.run("sanitize", "nb.ipynb");
        byte[] once = Files.readAllBytes(old(nb));

        Cli.Result again = cli.run("sanitize", "nb.ipynb");

        assertArrayEquals(once, Files.readAllBytes(nb));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(nb));
        assertEquals("sanitized 0 of 1 notebook, 0 secrets replaced\n", again.err());
    }

    @Test
    void sanitizesEveryNotebookOfADirectoryAndSumsUp() throws Exception {
        TestNotebooks.write(work.resolve("nbs/a.ipynb"), printing(key));
        TestNotebooks.write(work.resolve("nbs/b.ipynb"), TestNotebooks.withOutput("var k = \"" + key + "\";",
                "AppKey " + TestKeys.newKey()));
        TestNotebooks.write(work.resolve("nbs/c.ipynb"), TestNotebooks.clean());
        TestNotebooks.write(work.resolve("nbs/d/e.ipynb"), TestNotebooks.clean());
        TestNotebooks.write(work.resolve("nbs/d/f.ipynb"), TestNotebooks.clean());

        Cli.Result result = cli.run("sanitize", "nbs");

        assertEquals(0, result.exitCode());
        assertEquals("sanitized nbs/a.ipynb (1 secret replaced)\n"
                + "sanitized nbs/b.ipynb (2 secrets replaced)\n"
                + "sanitized 2 of 5 notebooks, 3 secrets replaced\n", result.err());
    }

    @Test
    void writesToStdoutAndLeavesTheFileAlone() throws Exception {
        Path nb = old(TestNotebooks.write(work.resolve("nb.ipynb"), printing(key)));

        Cli.Result result = cli.run("sanitize", "--stdout", "nb.ipynb");

        assertEquals(0, result.exitCode());
        assertEquals(printing(MARK), result.stdoutText());
        assertEquals(printing(key), Files.readString(nb));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(nb));
        assertEquals("sanitized 1 of 1 notebook, 1 secret replaced\n", result.err());
    }

    @Test
    void readsStdinAndWritesStdoutWithADashOrWithoutPaths() {
        byte[] input = printing(key).getBytes(StandardCharsets.UTF_8);

        Cli.Result dash = cli.stdin(input).run("sanitize", "-");
        Cli.Result bare = cli.stdin(input).run("sanitize", "--quiet");

        assertEquals(0, dash.exitCode());
        assertEquals(printing(MARK), dash.stdoutText());
        assertEquals(printing(MARK), bare.stdoutText());
        assertEquals("", bare.err());
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndWritesNothing() throws Exception {
        Path nb = old(TestNotebooks.write(work.resolve("nb.ipynb"), printing(key)));
        TestNotebooks.write(work.resolve("clean.ipynb"), TestNotebooks.clean());

        Cli.Result result = cli.run("sanitize", "--dry-run", "nb.ipynb", "clean.ipynb");

        assertEquals(0, result.exitCode());
        assertEquals("Dry run: would have sanitized nb.ipynb (1 secret replaced)\n", result.out());
        assertEquals("dry run: would sanitize 1 of 2 notebooks, 1 secret to replace\n", result.err());
        assertEquals(printing(key), Files.readString(nb));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(nb));
    }

    @Test
    void anInvalidNotebookExitsTwoAndIsLeftUntouchedWhileTheOthersAreSanitized() throws Exception {
        String brokenText = "{\"cells\": [{\"source\": \"" + key + "\"}";
        Path broken = old(TestNotebooks.write(work.resolve("broken.ipynb"), brokenText));
        Path nb = TestNotebooks.write(work.resolve("nb.ipynb"), printing(key));

        Cli.Result result = cli.run("sanitize", "broken.ipynb", "nb.ipynb");

        assertEquals(2, result.exitCode());
        assertEquals(brokenText, Files.readString(broken));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(broken));
        assertEquals(printing(MARK), Files.readString(nb));
        assertEquals("celonis-nb: broken.ipynb: Not a valid notebook: the file ends in the middle of the JSON (it may"
                + " be truncated) at line 1, column 134. Fix the file in a text editor or restore it from version"
                + " control, then try again. The file was left as it was.\n"
                + "sanitized nb.ipynb (1 secret replaced)\n"
                + "sanitized 1 of 2 notebooks, 1 secret replaced; 1 was not sanitized (see above)\n", result.err());
        assertFalse(result.err().contains(key));
        assertEquals(List.of("broken.ipynb", "nb.ipynb"), filesIn(work));
    }

    @Test
    void contentAfterTheNotebooksEndIsNamedAsSuchAndTheFileIsLeftUntouched() throws Exception {
        String notebook = printing(key);
        int line = (int) notebook.lines().count() + 1;
        for (String trailing : List.of("xyz\n", "{}\n")) {
            Path nb = old(TestNotebooks.write(work.resolve("nb.ipynb"), notebook + trailing));

            for (String streamAbove : List.of("0", String.valueOf(FileSanitizer.DEFAULT_IN_MEMORY_LIMIT))) {
                Cli.Result result = cli.run("sanitize", "--stream-above", streamAbove, "nb.ipynb");

                assertEquals(2, result.exitCode());
                assertEquals("celonis-nb: nb.ipynb: Not a valid notebook: there is unexpected content after the"
                        + " notebook's end at line " + line + ", column 1. Delete everything after the notebook's"
                        + " closing brace, or restore the file from version control, then try again. The file was"
                        + " left as it was.\n"
                        + "sanitized 0 of 1 notebook, 0 secrets replaced; 1 was not sanitized (see above)\n",
                        result.err());
                assertEquals(notebook + trailing, Files.readString(nb));
                assertEquals(LONG_AGO, Files.getLastModifiedTime(nb));
                assertEquals(List.of("nb.ipynb"), filesIn(work));
            }
        }
    }

    /** JSON that is not laid out as a notebook, and what the message says is wrong with it. */
    static final Map<String, String> NOT_NOTEBOOKS = notNotebooks();

    static final String NOT_A_NOTEBOOK_ADVICE = " A notebook is a JSON object with a \"cells\" list (nbformat 4) or"
            + " a \"worksheets\" list (nbformat 2 and 3). If this file is a notebook, restore it from version control"
            + " or save it again from Jupyter; if it is not, leave it out.";

    private static Map<String, String> notNotebooks() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"a\": 1}", "it has no \"cells\" list");
        cases.put("{\"cells\": {}}", "its \"cells\" value is an object instead of a list at line 1, column 11");
        cases.put("{\"cells\": [1]}", "cell 0 is a number instead of an object at line 1, column 12");
        cases.put("[]", "the top-level JSON value is a list instead of an object at line 1, column 1");
        cases.put("\"text\"", "the top-level JSON value is a string instead of an object at line 1, column 1");
        cases.put("{\"nbformat\": 4}", "it has no \"cells\" list");
        cases.put("{\"nbformat\": \"four\", \"cells\": []}",
                "its \"nbformat\" value is a string instead of a whole number at line 1, column 14");
        return cases;
    }

    @Test
    void jsonThatIsNotANotebookExitsTwoSaysWhatIsWrongAndIsLeftUntouched() throws Exception {
        for (Map.Entry<String, String> notebook : NOT_NOTEBOOKS.entrySet()) {
            Path nb = old(TestNotebooks.write(work.resolve("nb.ipynb"), notebook.getKey()));
            String message = "celonis-nb: nb.ipynb: Not a Jupyter notebook: " + notebook.getValue() + "."
                    + NOT_A_NOTEBOOK_ADVICE;

            for (List<String> options : List.of(List.<String>of(), List.of("--stream-above", "0"),
                    List.of("--strip-outputs"), List.of("--dry-run"))) {
                List<String> args = new ArrayList<>(List.of("sanitize"));
                args.addAll(options);
                args.add("nb.ipynb");
                Cli.Result inPlace = cli.run(args.toArray(String[]::new));

                assertEquals(2, inPlace.exitCode(), notebook.getKey() + " " + options);
                assertEquals(message + " The file was left as it was.\n"
                        + (options.contains("--dry-run") ? "dry run: would sanitize 0 of 1 notebook, 0 secrets to"
                                + " replace" : "sanitized 0 of 1 notebook, 0 secrets replaced")
                        + (options.contains("--strip-outputs") ? ", outputs stripped in 0" : "")
                        + "; 1 was not sanitized (see above)\n", inPlace.err(), notebook.getKey() + " " + options);
            }
            Cli.Result toStdout = cli.run("sanitize", "--stdout", "nb.ipynb");
            Cli.Result fromStdin = cli.stdin(notebook.getKey().getBytes(StandardCharsets.UTF_8)).run("sanitize", "-");

            assertEquals(2, toStdout.exitCode());
            assertEquals(0, toStdout.stdout().length);
            assertEquals(message + " Nothing was written.\n"
                    + "sanitized 0 of 1 notebook, 0 secrets replaced; 1 was not sanitized (see above)\n",
                    toStdout.err());
            assertEquals(2, fromStdin.exitCode());
            assertEquals(0, fromStdin.stdout().length);
            assertEquals(toStdout.err().replace("nb.ipynb", "<stdin>"), fromStdin.err());
            assertEquals(notebook.getKey(), Files.readString(nb));
            assertEquals(LONG_AGO, Files.getLastModifiedTime(nb));
            assertEquals(List.of("nb.ipynb"), filesIn(work));
        }
    }

    @Test
    void aDirectoryWithAFileThatIsNotANotebookStillSanitizesTheOthers() throws Exception {
        Path config = old(TestNotebooks.write(work.resolve("nbs/config.ipynb"), "{\"a\": \"" + key + "\"}"));
        Path nb = TestNotebooks.write(work.resolve("nbs/nb.ipynb"), printing(key));

        Cli.Result result = cli.run("sanitize", "nbs");

        assertEquals(2, result.exitCode());
        assertEquals("celonis-nb: nbs/config.ipynb: Not a Jupyter notebook: it has no \"cells\" list."
                + NOT_A_NOTEBOOK_ADVICE + " The file was left as it was.\n"
                + "sanitized nbs/nb.ipynb (1 secret replaced)\n"
                + "sanitized 1 of 2 notebooks, 1 secret replaced; 1 was not sanitized (see above)\n", result.err());
        assertEquals("{\"a\": \"" + key + "\"}", Files.readString(config));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(config));
        assertEquals(printing(MARK), Files.readString(nb));
    }

    @Test
    void minimalNotebooksOfNbformatFourThreeAndTwoAreSanitizedAsBefore() throws Exception {
        List<String> minimal = List.of(
                "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}",
                "{\"metadata\": {\"name\": \"\"}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": [{\"cells\":"
                        + " [], \"metadata\": {}}]}",
                "{\"metadata\": {\"name\": \"\"}, \"nbformat\": 2, \"worksheets\": [{\"cells\": []}]}");
        for (String notebook : minimal) {
            Path nb = old(TestNotebooks.write(work.resolve("nb.ipynb"), notebook));

            Cli.Result result = cli.run("sanitize", "nb.ipynb");
            Cli.Result stripped = cli.run("sanitize", "--strip-outputs", "--stdout", "nb.ipynb");

            assertEquals(0, result.exitCode(), notebook);
            assertEquals("sanitized 0 of 1 notebook, 0 secrets replaced\n", result.err());
            assertEquals(notebook, Files.readString(nb));
            assertEquals(LONG_AGO, Files.getLastModifiedTime(nb));
            assertEquals(0, stripped.exitCode(), stripped.err());
        }
        String v3 = "{\"metadata\": {\"name\": \"\"}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\":"
                + " [{\"cells\": [{\"cell_type\": \"code\", \"input\": \"k = '%s'\", \"outputs\": []}], \"metadata\":"
                + " {}}]}";
        Path nb = TestNotebooks.write(work.resolve("v3.ipynb"), v3.formatted(key));

        Cli.Result result = cli.run("sanitize", "v3.ipynb");

        assertEquals(0, result.exitCode());
        assertEquals(v3.formatted(MARK), Files.readString(nb));
    }

    @Test
    void aTokenUsedAsACellIdBecomesAValidIdOnceAndCheckReportsIt() throws Exception {
        String token = TestKeys.newGitHubToken();
        String notebook = TestNotebooks.clean().replace("\"c0ffee01\"", TestNotebooks.json(token));
        Path nb = TestNotebooks.write(work.resolve("nb.ipynb"), notebook);

        Cli.Result check = cli.run("check", "nb.ipynb");
        Cli.Result streamed = cli.run("sanitize", "--stream-above", "0", "--stdout", "nb.ipynb");
        Cli.Result once = cli.run("sanitize", "nb.ipynb");
        byte[] sanitized = Files.readAllBytes(old(nb));
        Cli.Result twice = cli.run("sanitize", "nb.ipynb");

        assertEquals(1, check.exitCode());
        assertEquals("nb.ipynb:6: github-token in cell 0 (cells[0].id)\n", check.out());
        assertEquals(0, once.exitCode());
        assertEquals("sanitized nb.ipynb (1 secret replaced)\nsanitized 1 of 1 notebook, 1 secret replaced\n",
                once.err());
        assertEquals(TestNotebooks.clean().replace("\"c0ffee01\"", "\"redacted-1\""), Files.readString(nb));
        assertEquals(Files.readString(nb), streamed.stdoutText());
        assertEquals("sanitized 0 of 1 notebook, 0 secrets replaced\n", twice.err());
        assertArrayEquals(sanitized, Files.readAllBytes(nb));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(nb));
        assertEquals(0, cli.run("check", "nb.ipynb").exitCode());
    }

    @Test
    void invalidInputOnStdinWritesNothingToStdout() {
        Cli.Result result = cli.stdin("{\"cells\": [1, 2,]}".getBytes(StandardCharsets.UTF_8)).run("sanitize", "-");

        assertEquals(2, result.exitCode());
        assertEquals(0, result.stdout().length);
        assertEquals("celonis-nb: <stdin>: Not a valid notebook: the JSON is malformed at line 1, column 17. Fix the"
                + " file in a text editor or restore it from version control, then try again. Nothing was written.\n"
                + "sanitized 0 of 1 notebook, 0 secrets replaced; 1 was not sanitized (see above)\n", result.err());
    }

    @Test
    void largeNotebooksAreStreamedThroughATemporaryFileWithTheSameResult() throws Exception {
        Path nb = TestNotebooks.write(work.resolve("nb.ipynb"), printing(key));
        Files.setPosixFilePermissions(nb, PosixFilePermissions.fromString("rw-r-----"));
        Path clean = old(TestNotebooks.write(work.resolve("clean.ipynb"), TestNotebooks.clean()));

        Cli.Result result = cli.run("sanitize", "--stream-above", "0", "nb.ipynb", "clean.ipynb");
        Cli.Result toStdout = cli.stdin(printing(key).getBytes(StandardCharsets.UTF_8))
                .run("sanitize", "--stream-above", "0", "-");

        assertEquals(0, result.exitCode());
        assertEquals(printing(MARK), Files.readString(nb));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(nb)));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(clean));
        assertEquals(List.of("clean.ipynb", "nb.ipynb"), filesIn(work));
        assertEquals(printing(MARK), toStdout.stdoutText());
    }

    @Test
    void aStreamedInvalidNotebookIsLeftUntouchedAndNoTemporaryFileRemains() throws Exception {
        String text = printing(key).substring(0, 300);
        Path nb = old(TestNotebooks.write(work.resolve("nb.ipynb"), text));

        Cli.Result result = cli.run("sanitize", "--stream-above", "0", "nb.ipynb");

        assertEquals(2, result.exitCode());
        assertEquals(text, Files.readString(nb));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(nb));
        assertEquals(List.of("nb.ipynb"), filesIn(work));
    }

    @Test
    void keepsCrlfLineEnds() throws Exception {
        Path nb = TestNotebooks.write(work.resolve("nb.ipynb"), printing(key).replace("\n", "\r\n"));

        cli.run("sanitize", "nb.ipynb");

        assertEquals(printing(MARK).replace("\n", "\r\n"), Files.readString(nb));
    }

    @Test
    void stripsOutputsWithNbstripoutsDefaults() throws Exception {
        Path nb = TestNotebooks.write(work.resolve("nb.ipynb"), printing(key));

        Cli.Result result = cli.run("sanitize", "--strip-outputs", "nb.ipynb");

        assertEquals(0, result.exitCode());
        JsonNode cell = new ObjectMapper().readTree(nb.toFile()).get("cells").get(0);
        assertEquals("[]", cell.get("outputs").toString());
        assertEquals("null", cell.get("execution_count").toString());
        assertEquals("\"0\"", cell.get("id").toString());
        assertEquals("sanitized nb.ipynb (outputs stripped)\n"
                + "sanitized 1 of 1 notebook, 0 secrets replaced, outputs stripped in 1\n", result.err());
    }

    @Test
    void stripsOnlyMetadataWithKeepOutputAndStillReplacesTheKey() throws Exception {
        Path nb = TestNotebooks.write(work.resolve("nb.ipynb"), printing(key));

        Cli.Result result = cli.run("sanitize", "--strip-outputs", "--keep-output", "--keep-count", "--keep-id",
                "nb.ipynb");

        assertEquals(printing(MARK), Files.readString(nb));
        assertEquals("sanitized nb.ipynb (1 secret replaced)\n"
                + "sanitized 1 of 1 notebook, 1 secret replaced, outputs stripped in 0\n", result.err());
    }

    @Test
    void aStrippingOptionWithoutStripOutputsIsAUsageError() throws Exception {
        Path nb = old(TestNotebooks.write(work.resolve("nb.ipynb"), printing(key)));

        Cli.Result result = cli.run("sanitize", "--keep-count", "nb.ipynb");

        assertEquals(2, result.exitCode());
        assertEquals("--keep-count only applies together with --strip-outputs.", result.err().lines().findFirst()
                .orElse(""));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(nb));
    }

    @Test
    void aBadMaxSizeIsAUsageErrorNamingTheValue() throws Exception {
        TestNotebooks.write(work.resolve("nb.ipynb"), TestNotebooks.clean());

        Cli.Result result = cli.run("sanitize", "--strip-outputs", "--max-size", "lots", "nb.ipynb");

        assertEquals(2, result.exitCode());
        assertEquals("--max-size: 'lots' is not a size: use a whole number with an optional suffix k, M or G, e.g."
                + " 50, 1k or 2M", result.err().lines().findFirst().orElse(""));
    }

    @Test
    void stdoutTakesOneNotebook() throws Exception {
        TestNotebooks.write(work.resolve("a.ipynb"), TestNotebooks.clean());
        TestNotebooks.write(work.resolve("b.ipynb"), TestNotebooks.clean());

        Cli.Result result = cli.run("sanitize", "--stdout", "a.ipynb", "b.ipynb");

        assertEquals(2, result.exitCode());
        assertEquals("--stdout takes one notebook; to sanitize several, leave it out and they are rewritten in"
                + " place.", result.err().lines().findFirst().orElse(""));
    }

    @Test
    void stdoutWithADirectoryNamesItAndSaysWhatToDo() throws Exception {
        Path nb = old(TestNotebooks.write(work.resolve("nbs/a.ipynb"), printing(key)));

        for (String directory : List.of(".", "nbs", "nbs/")) {
            for (String option : List.of("--stdout", "--textconv")) {
                Cli.Result result = cli.run("sanitize", option, directory);

                assertEquals(2, result.exitCode(), option + " " + directory);
                assertEquals(0, result.stdout().length);
                assertEquals("celonis-nb: " + directory + ": is a directory, and " + option + " writes one notebook to"
                        + " stdout. Name a notebook file, or leave out " + option + " to sanitize the notebooks under "
                        + directory + " in place.\n", result.err());
            }
        }
        assertEquals(printing(key), Files.readString(nb));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(nb));
    }

    @Test
    void textconvShowsABrokenNotebookAsTextWithTheKeyRedacted() throws Exception {
        Path broken = TestNotebooks.write(work.resolve("broken.ipynb"), "{\"source\": \"key " + key + "\"");
        Path nb = TestNotebooks.write(work.resolve("nb.ipynb"), printing(key));

        Cli.Result brokenResult = cli.run("sanitize", "--stdout", "--textconv", broken.toString());
        Cli.Result valid = cli.run("sanitize", "--stdout", "--textconv", nb.toString());

        assertEquals(0, brokenResult.exitCode());
        assertEquals("{\"source\": \"key " + MARK + "\"", brokenResult.stdoutText());
        assertEquals("", brokenResult.err());
        assertEquals(printing(MARK), valid.stdoutText());
        assertEquals("", valid.err());
    }

    @Test
    void onATerminalMessagesAreNotDrawnIntoTheProgressBar() throws Exception {
        TestNotebooks.write(work.resolve("a.ipynb"), printing(key));
        TestNotebooks.write(work.resolve("b.ipynb"), TestNotebooks.clean());

        Cli.Result result = cli.terminal(true).run("sanitize", ".");

        String erase = "\r" + " ".repeat(ProgressBar.render(0, 2).length()) + "\r";
        assertEquals("\r" + ProgressBar.render(0, 2) + erase + "sanitized a.ipynb (1 secret replaced)\n"
                + "\r" + ProgressBar.render(1, 2) + "\r" + ProgressBar.render(2, 2) + erase
                + "sanitized 1 of 2 notebooks, 1 secret replaced\n", result.err());
    }

    private static List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
