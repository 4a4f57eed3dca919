package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.demo.KeyFileWriter;
import io.github.celonisnb.kernel.testing.TestEnvironment;
import io.github.celonisnb.kernel.testing.TestGit;
import io.github.celonisnb.kernel.testing.TestKeys;
import io.github.celonisnb.kernel.testing.TestNotebooks;

class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    }

    private Path notebookPrinting(String name, String printed) throws Exception {
        return TestNotebooks.write(work.resolve(name), TestNotebooks.withOutput("var x = 1;", printed));
    }

    @Test
    void reportsFileLineKindCellOutputAndPathAndExitsOneWhenAKeyIsFound() throws Exception {
        KeyFileWriter.write(cli.profiles().resolve("app.json"), "https://t.eu-1.celonis.cloud", key);
        notebookPrinting("nb.ipynb", "logged in with " + key + "\n");

        Cli.Result result = cli.run("check", "nb.ipynb");

        assertEquals(1, result.exitCode());
        assertEquals("nb.ipynb:13: celonis-app-key in cell 0, output 0 (cells[0].outputs[0].text)\n", result.out());
        assertEquals("found 1 secret in 1 of 1 notebook\n", result.err());
        assertFalse((result.out() + result.err()).contains(key));
    }

    @Test
    void findsAKeyByItsShapeWhenNoKeyFileKnowsIt() throws Exception {
        notebookPrinting("nb.ipynb", key);

        Cli.Result result = cli.run("check", "nb.ipynb");

        assertEquals(1, result.exitCode());
        assertEquals("nb.ipynb:13: celonis-key in cell 0, output 0 (cells[0].outputs[0].text)\n", result.out());
    }

    @Test
    void findsAShapelessTokenOnlyThroughTheValueInCelonisApiToken() throws Exception {
        String token = TestKeys.newShapelessToken();
        notebookPrinting("nb.ipynb", "token " + token);

        Cli.Result without = cli.run("check", "nb.ipynb");
        Cli.Result with = cli.env("CELONIS_API_TOKEN", token).run("check", "nb.ipynb");
        Cli.Result withTypedEnv = cli.env("CELONIS_KEY_TYPE", "USER_KEY").run("check", "nb.ipynb");
        Cli.Result ignoringDefaults = cli.run("check", "--no-default-keys", "nb.ipynb");

        assertEquals(0, without.exitCode());
        assertEquals("", without.out());
        assertEquals("no secrets in 1 notebook\n", without.err());
        assertEquals(1, with.exitCode());
        assertEquals("nb.ipynb:13: celonis-key in cell 0, output 0 (cells[0].outputs[0].text)\n", with.out());
        assertEquals("nb.ipynb:13: celonis-user-key in cell 0, output 0 (cells[0].outputs[0].text)\n",
                withTypedEnv.out());
        assertEquals(0, ignoringDefaults.exitCode());
    }

    @Test
    void looksForTheKeysOfEveryKeyFileGiven() throws Exception {
        String token = TestKeys.newShapelessToken();
        Files.createDirectories(work.resolve("keys"));
        Files.writeString(work.resolve("keys/raw-token"), token + "\n");
        notebookPrinting("nb.ipynb", token);

        Cli.Result result = cli.run("check", "--key-file", "keys/raw-token", "nb.ipynb");

        assertEquals(1, result.exitCode());
        assertEquals("nb.ipynb:13: celonis-key in cell 0, output 0 (cells[0].outputs[0].text)\n", result.out());
    }

    @Test
    void refusesToScanWhenADefaultKeyFileCannotBeReadAndNamesIt() throws Exception {
        Files.createDirectories(cli.profiles());
        Files.writeString(cli.profiles().resolve("app.json"), "{\"url\": \"https://t.eu-1.celonis.cloud\"}");
        notebookPrinting("nb.ipynb", "hello");

        Cli.Result result = cli.run("check", "nb.ipynb");

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertEquals("celonis-nb: Key file " + cli.profiles().resolve("app.json") + " has no \"api_token\" field;"
                + " expected {\"url\": \"https://<team>.<realm>.celonis.cloud\", \"api_token\": \"<key>\"}. Fix the"
                + " file, or pass --no-default-keys to scan without the default keys.\n", result.err());
        assertEquals(0, cli.run("check", "--no-default-keys", "nb.ipynb").exitCode());
    }

    @Test
    void exitsZeroAndSaysSoForCleanNotebooks() throws Exception {
        TestNotebooks.write(work.resolve("a.ipynb"), TestNotebooks.clean());
        TestNotebooks.write(work.resolve("b.ipynb"), TestNotebooks.clean());

        Cli.Result result = cli.run("check", "a.ipynb", "b.ipynb");

        assertEquals(0, result.exitCode());
        assertEquals("", result.out());
        assertEquals("no secrets in 2 notebooks\n", result.err());
    }

    @Test
    void anInvalidNotebookExitsTwoWithItsNameLineAndColumnAndTheOthersAreStillReported() throws Exception {
        Path broken = TestNotebooks.write(work.resolve("broken.ipynb"), "{\n \"cells\": [\n  {\"a\": tru}\n ]\n}\n");
        notebookPrinting("nb.ipynb", key);
        byte[] before = Files.readAllBytes(broken);

        Cli.Result result = cli.run("check", "broken.ipynb", "nb.ipynb");

        assertEquals(2, result.exitCode());
        assertEquals("nb.ipynb:13: celonis-key in cell 0, output 0 (cells[0].outputs[0].text)\n", result.out());
        assertEquals("celonis-nb: broken.ipynb: Not a valid notebook: the JSON is malformed at line 3, column 13."
                + " Fix the file in a text editor or restore it from version control, then try again.\n"
                + "found 1 secret in 1 of 1 notebook checked; 1 could not be checked\n", result.err());
        assertEquals(new String(before), Files.readString(broken));
    }

    @Test
    void contentAfterTheNotebooksEndIsReportedAsSuchNotAsATruncatedFile() throws Exception {
        String notebook = TestNotebooks.withOutput("var x = 1;", key);
        int line = (int) notebook.lines().count() + 1;
        TestNotebooks.write(work.resolve("nb.ipynb"), notebook + "xyz\n");

        Cli.Result result = cli.run("check", "nb.ipynb");
        Cli.Result fromStdin = cli.stdin((notebook + "xyz\n").getBytes(StandardCharsets.UTF_8)).run("check", "-");

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertEquals("celonis-nb: nb.ipynb: Not a valid notebook: there is unexpected content after the notebook's end"
                + " at line " + line + ", column 1. Delete everything after the notebook's closing brace, or restore"
                + " the file from version control, then try again.\n"
                + "no secrets in 0 notebooks checked; 1 could not be checked\n", result.err());
        assertEquals(result.err().replace("nb.ipynb", "<stdin>"), fromStdin.err());
        assertEquals(notebook + "xyz\n", Files.readString(work.resolve("nb.ipynb")));
    }

    @Test
    void jsonThatIsNotANotebookExitsTwoSaysWhatIsWrongAndIsLeftUntouched() throws Exception {
        for (Map.Entry<String, String> notebook : SanitizeCommandTest.NOT_NOTEBOOKS.entrySet()) {
            Path nb = TestNotebooks.write(work.resolve("nb.ipynb"), notebook.getKey());
            FileTime before = Files.getLastModifiedTime(nb);

            Cli.Result result = cli.run("check", "nb.ipynb");
            Cli.Result json = cli.run("check", "--format", "json", "nb.ipynb");

            assertEquals(2, result.exitCode(), notebook.getKey());
            assertEquals("", result.out());
            assertEquals("celonis-nb: nb.ipynb: Not a Jupyter notebook: " + notebook.getValue() + "."
                    + SanitizeCommandTest.NOT_A_NOTEBOOK_ADVICE + "\n"
                    + "no secrets in 0 notebooks checked; 1 could not be checked\n", result.err());
            JsonNode invalid = JSON.readTree(json.out()).get("invalid").get(0);
            assertEquals("nb.ipynb", invalid.get("file").asText());
            assertEquals("Not a Jupyter notebook: " + notebook.getValue() + "."
                    + SanitizeCommandTest.NOT_A_NOTEBOOK_ADVICE, invalid.get("message").asText());
            assertEquals(notebook.getValue().contains(" at line ") ? 1 : -1, invalid.get("line").asInt(-1));
            assertEquals(notebook.getKey(), Files.readString(nb));
            assertEquals(before, Files.getLastModifiedTime(nb));
        }
    }

    @Test
    void minimalNotebooksOfNbformatFourThreeAndTwoAreChecked() throws Exception {
        TestNotebooks.write(work.resolve("v4.ipynb"),
                "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        TestNotebooks.write(work.resolve("v3.ipynb"), "{\"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0,"
                + " \"worksheets\": [{\"cells\": [{\"cell_type\": \"code\", \"input\": \"" + key + "\"}]}]}");
        TestNotebooks.write(work.resolve("v2.ipynb"), "{\"metadata\": {}, \"nbformat\": 2, \"worksheets\": []}");

        Cli.Result result = cli.run("check", "v4.ipynb", "v3.ipynb", "v2.ipynb");

        assertEquals(1, result.exitCode());
        assertEquals("v3.ipynb:1: celonis-key in cell 0 (worksheets[0].cells[0].input)\n", result.out());
        assertEquals("found 1 secret in 1 of 3 notebooks\n", result.err());
    }

    @Test
    void aMissingPathIsAUsageError() {
        Cli.Result result = cli.run("check", "nowhere.ipynb");

        assertEquals(2, result.exitCode());
        assertEquals("celonis-nb: nowhere.ipynb: no such file or directory.\n", result.err());
    }

    @Test
    void readsOneNotebookFromStdin() throws Exception {
        Cli.Result result = cli.stdin(TestNotebooks.withOutput("x", key).getBytes()).run("check", "-");

        assertEquals(1, result.exitCode());
        assertEquals("<stdin>:13: celonis-key in cell 0, output 0 (cells[0].outputs[0].text)\n", result.out());
    }

    @Test
    void stdinCannotBeMixedWithFiles() throws Exception {
        TestNotebooks.write(work.resolve("a.ipynb"), TestNotebooks.clean());

        Cli.Result result = cli.run("check", "-", "a.ipynb");

        assertEquals(2, result.exitCode());
        assertEquals("- (stdin) cannot be combined with other paths.", result.err().lines().findFirst().orElse(""));
    }

    @Test
    void writesJsonWithEveryFindingAndEveryInvalidFile() throws Exception {
        notebookPrinting("nb.ipynb", key);
        TestNotebooks.write(work.resolve("cut.ipynb"), "{\"cells\": [");

        Cli.Result result = cli.run("check", "--format", "json", "nb.ipynb", "cut.ipynb");

        assertEquals(2, result.exitCode());
        assertEquals(JSON.readTree("{\"notebooks\": 2, \"findings\": [{\"file\": \"nb.ipynb\", \"line\": 13,"
                + " \"cell\": 0, \"output\": 0, \"path\": \"cells[0].outputs[0].text\", \"kind\": \"celonis-key\"}],"
                + " \"invalid\": [{\"file\": \"cut.ipynb\", \"line\": 1, \"column\": 12, \"message\": \"Not a valid"
                + " notebook: the file ends in the middle of the JSON (it may be truncated) at line 1, column 12."
                + " Fix the file in a text editor or restore it from version control, then try again.\"}]}"),
                JSON.readTree(result.out()));
    }

    @Test
    void jsonGivesNullForACellAndOutputOutsideCells() throws Exception {
        TestNotebooks.write(work.resolve("meta.ipynb"), "{\"cells\": [], \"metadata\": {\"note\": \"" + key
                + "\"}, \"nbformat\": 4, \"nbformat_minor\": 5}");

        Cli.Result result = cli.run("check", "--format=JSON", "meta.ipynb");

        JsonNode finding = JSON.readTree(result.out()).get("findings").get(0);
        assertEquals("{\"file\":\"meta.ipynb\",\"line\":1,\"cell\":null,\"output\":null,\"path\":\"metadata.note\","
                + "\"kind\":\"celonis-key\"}", finding.toString());
    }

    @Test
    void writesSarifWithARulePerKindAndAResultPerFinding() throws Exception {
        KeyFileWriter.write(cli.profiles().resolve("app.json"), "https://t.eu-1.celonis.cloud", key);
        notebookPrinting("my notebooks/nb.ipynb", "key " + key + " and again " + TestKeys.newKey());

        Cli.Result result = cli.run("check", "--format", "sarif", "my notebooks");

        assertEquals(1, result.exitCode());
        JsonNode sarif = JSON.readTree(result.out());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", sarif.get("$schema").asText());
        JsonNode run = sarif.get("runs").get(0);
        assertEquals("celonis-nb", run.get("tool").get("driver").get("name").asText());
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(2, rules.size());
        assertEquals("celonis-app-key", rules.get(0).get("id").asText());
        assertEquals("A Celonis application key known from a key file or CELONIS_API_TOKEN.",
                rules.get(0).get("shortDescription").get("text").asText());
        assertEquals("celonis-key", rules.get(1).get("id").asText());
        JsonNode results = run.get("results");
        assertEquals(2, results.size());
        JsonNode first = results.get(0);
        assertEquals("celonis-app-key", first.get("ruleId").asText());
        assertEquals(0, first.get("ruleIndex").asInt());
        assertEquals("error", first.get("level").asText());
        assertEquals("A secret (celonis-app-key) in cell 0, output 0, at cells[0].outputs[0].text.",
                first.get("message").get("text").asText());
        JsonNode physical = first.get("locations").get(0).get("physicalLocation");
        assertEquals("my%20notebooks/nb.ipynb", physical.get("artifactLocation").get("uri").asText());
        assertEquals(13, physical.get("region").get("startLine").asInt());
        assertEquals("cells[0].outputs[0].text",
                first.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText());
        assertEquals(1, results.get(1).get("ruleIndex").asInt());
        assertEquals(true, run.get("invocations").get(0).get("executionSuccessful").asBoolean());
        assertFalse(result.out().contains(key));
    }

    @Test
    void sarifReportsAnInvalidFileAsAFailedInvocation() throws Exception {
        TestNotebooks.write(work.resolve("list.ipynb"), "[1, 2]");

        Cli.Result result = cli.run("check", "--format", "sarif", "list.ipynb");

        assertEquals(2, result.exitCode());
        JsonNode invocation = JSON.readTree(result.out()).get("runs").get(0).get("invocations").get(0);
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
        assertEquals("error", notification.get("level").asText());
        assertEquals("list.ipynb", notification.get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText());
    }

    @Test
    void walksDirectoriesSkippingWhatGitIgnoresAndCheckpointFolders() throws Exception {
        TestGit.init(work, TestEnvironment.isolated(home));
        Files.writeString(work.resolve(".gitignore"), "scratch/\n*-local.ipynb\n");
        notebookPrinting("a.ipynb", key);
        notebookPrinting("sub/b.ipynb", key);
        notebookPrinting("sub/c-local.ipynb", key);
        notebookPrinting("scratch/d.ipynb", key);
        notebookPrinting("sub/.ipynb_checkpoints/b-checkpoint.ipynb", key);
        notebookPrinting("sub/notes.json", key);

        Cli.Result result = cli.run("check", ".");

        assertEquals(1, result.exitCode());
        assertEquals("a.ipynb:13: celonis-key in cell 0, output 0 (cells[0].outputs[0].text)\n"
                + "sub/b.ipynb:13: celonis-key in cell 0, output 0 (cells[0].outputs[0].text)\n", result.out());
        assertEquals("found 2 secrets in 2 of 2 notebooks\n", result.err());
    }

    @Test
    void aNotebookNamedExplicitlyIsCheckedEvenWhenIgnored() throws Exception {
        TestGit.init(work, TestEnvironment.isolated(home));
        Files.writeString(work.resolve(".gitignore"), "*-local.ipynb\n");
        notebookPrinting("c-local.ipynb", key);

        Cli.Result result = cli.run("check", "c-local.ipynb");

        assertEquals(1, result.exitCode());
    }

    @Test
    void outsideAGitWorkTreeEveryNotebookUnderTheDirectoryIsChecked() throws Exception {
        Files.writeString(work.resolve(".gitignore"), "*.ipynb\n");
        notebookPrinting("nb/a.ipynb", key);

        Cli.Result result = cli.run("check", "nb");

        assertEquals("nb/a.ipynb:13: celonis-key in cell 0, output 0 (cells[0].outputs[0].text)\n", result.out());
    }

    @Test
    void withoutPathsChecksTheWorkingDirectory() throws Exception {
        notebookPrinting("a.ipynb", key);

        assertEquals("a.ipynb:13: celonis-key in cell 0, output 0 (cells[0].outputs[0].text)\n",
                cli.run("check").out());
    }

    @Test
    void drawsAProgressBarOnlyOnATerminalAndErasesIt() throws Exception {
        TestNotebooks.write(work.resolve("a.ipynb"), TestNotebooks.clean());
        TestNotebooks.write(work.resolve("b.ipynb"), TestNotebooks.clean());

        Cli.Result piped = cli.run("check", ".");
        Cli.Result terminal = cli.terminal(true).run("check", ".");

        assertEquals("no secrets in 2 notebooks\n", piped.err());
        String bar0 = ProgressBar.render(0, 2);
        String bar1 = ProgressBar.render(1, 2);
        String bar2 = ProgressBar.render(2, 2);
        assertEquals("\r" + bar0 + "\r" + bar1 + "\r" + bar2 + "\r" + " ".repeat(bar2.length()) + "\r"
                + "no secrets in 2 notebooks\n", terminal.err());
    }
}
