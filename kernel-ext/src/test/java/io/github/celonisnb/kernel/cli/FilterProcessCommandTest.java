package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.demo.KeyFileWriter;
import io.github.celonisnb.kernel.testing.TestKeys;
import io.github.celonisnb.kernel.testing.TestNotebooks;

/** {@code celonis-nb git filter-process} in this JVM, spoken to in git's pkt-line protocol. */
class FilterProcessCommandTest {

    @TempDir
    Path home;

    private Cli cli;
    private String key;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(home, home);
        key = TestKeys.newKey();
        KeyFileWriter.write(cli.profiles().resolve("app.json"), "https://t.eu-1.celonis.cloud", key);
    }

    @Test
    void cleansEachNotebookGitSendsAndWritesOnlyTheProtocolToStdout() throws Exception {
        Git git = new Git().handshake().clean("a.ipynb", TestNotebooks.withOutput("x", key))
                .clean("b.ipynb", TestNotebooks.clean());

        Cli.Result result = cli.stdin(git.bytes()).run("git", "filter-process");

        assertEquals(0, result.exitCode(), result.err());
        List<List<String>> replies = Git.replies(result.stdout());
        assertEquals(List.of(List.of("git-filter-server", "version=2"), List.of("capability=clean",
                "capability=smudge"), List.of("status=success"), List.of(TestNotebooks.withOutput("x",
                "[REDACTED celonis-app-key]")), List.of(), List.of("status=success"),
                List.of(TestNotebooks.clean()), List.of()), replies);
        assertEquals("celonis-nb filter: cleaned 2 notebooks, replaced 1 secret in 1\n", result.err());
    }

    @Test
    void anInvalidNotebookGetsAnErrorStatusAndIsNamedInTheSummary() throws Exception {
        Git git = new Git().handshake().clean("nbs/broken.ipynb", "{\"cells\": [");

        Cli.Result result = cli.stdin(git.bytes()).run("git", "filter-process");

        assertEquals(1, result.exitCode());
        assertEquals(List.of("status=error"), Git.replies(result.stdout()).get(2));
        assertEquals("celonis-nb filter: nbs/broken.ipynb: Not a valid notebook: the file ends in the middle of the"
                + " JSON (it may be truncated) at line 1, column 12. Fix the file in a text editor or restore it from"
                + " version control, then try again.\n"
                + "celonis-nb filter: cleaned 0 notebooks; 1 not staged\n", result.err());
    }

    @Test
    void jsonThatIsNotANotebookIsRefusedLikeABrokenOne() throws Exception {
        Git git = new Git().handshake().clean("config.ipynb", "{\"a\": \"" + key + "\"}")
                .clean("b.ipynb", TestNotebooks.clean());

        Cli.Result result = cli.stdin(git.bytes()).run("git", "filter-process");

        assertEquals(1, result.exitCode());
        List<List<String>> replies = Git.replies(result.stdout());
        assertEquals(List.of("status=error"), replies.get(2));
        assertEquals(List.of("status=success"), replies.get(3));
        assertEquals("celonis-nb filter: config.ipynb: Not a Jupyter notebook: it has no \"cells\" list."
                + SanitizeCommandTest.NOT_A_NOTEBOOK_ADVICE + "\n"
                + "celonis-nb filter: cleaned 1 notebook; 1 not staged\n", result.err());
    }

    @Test
    void whenAKeyFileCannotBeReadEveryCleanIsAborted() throws Exception {
        Files.writeString(cli.profiles().resolve("user.json"), "[]");
        Git git = new Git().handshake().clean("a.ipynb", TestNotebooks.clean()).clean("b.ipynb",
                TestNotebooks.clean());

        Cli.Result result = cli.stdin(git.bytes()).run("git", "filter-process");

        List<List<String>> replies = Git.replies(result.stdout());
        assertEquals(List.of("status=abort"), replies.get(2));
        assertEquals(List.of("status=abort"), replies.get(3));
        assertEquals("celonis-nb filter: a.ipynb: Key file " + cli.profiles().resolve("user.json") + " holds an"
                + " array, not a JSON object; expected {\"url\": \"https://<team>.<realm>.celonis.cloud\","
                + " \"api_token\": \"<key>\"}. Fix the file, or pass --no-default-keys to scan without the default"
                + " keys.\n"
                + "celonis-nb filter: cleaned 0 notebooks; 1 not staged\n", result.err());
    }

    /** What git writes to a filter, in pkt-line framing. */
    private static final class Git {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Git handshake() {
            return text("git-filter-client").text("version=2").flush()
                    .text("capability=clean").text("capability=smudge").flush();
        }

        Git clean(String path, String content) {
            text("command=clean").text("pathname=" + path).flush();
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            packet(bytes);
            return flush();
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private Git text(String line) {
            packet((line + "\n").getBytes(StandardCharsets.UTF_8));
            return this;
        }

        private void packet(byte[] payload) {
            out.writeBytes(String.format("%04x", payload.length + 4).getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(payload);
        }

        private Git flush() {
            out.writeBytes("0000".getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        /** The filter's answer as lists of packets between flushes, text lines without their newline. */
        static List<List<String>> replies(byte[] bytes) throws IOException {
            InputStream in = new ByteArrayInputStream(bytes);
            List<List<String>> lists = new ArrayList<>();
            List<String> current = new ArrayList<>();
            byte[] header = new byte[4];
            while (in.readNBytes(header, 0, 4) == 4) {
                int length = Integer.parseInt(new String(header, StandardCharsets.US_ASCII), 16);
                if (length == 0) {
                    lists.add(current);
                    current = new ArrayList<>();
                    continue;
                }
                String payload = new String(in.readNBytes(length - 4), StandardCharsets.UTF_8);
                current.add(payload.endsWith("\n") && !payload.startsWith("{") ? payload.substring(0,
                        payload.length() - 1) : payload);
            }
            return lists;
        }
    }
}
