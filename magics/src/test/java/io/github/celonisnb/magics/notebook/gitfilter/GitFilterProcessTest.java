package io.github.celonisnb.magics.notebook.gitfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.magics.notebook.NotebookSanitizer;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import io.github.celonisnb.magics.secrets.detect.TestKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GitFilterProcessTest {

    private static final String HANDSHAKE_IN = "0016git-filter-client\n000eversion=2\n0000"
            + "0015capability=clean\n0016capability=smudge\n0015capability=delay\n0000";
    private static final String HANDSHAKE_OUT = "0016git-filter-server\n000eversion=2\n0000"
            + "0015capability=clean\n0016capability=smudge\n0000";
    private static final String SUCCESS = "0013status=success\n0000";

    private ByteArrayOutputStream out = new ByteArrayOutputStream();

    private static String pkt(String text) {
        return String.format("%04x", text.getBytes(StandardCharsets.UTF_8).length + 4) + text;
    }

    private static String request(String command, String path, String content) {
        return pkt("command=" + command + "\n") + pkt("pathname=" + path + "\n") + "0000"
                + (content.isEmpty() ? "" : pkt(content)) + "0000";
    }

    private FilterSessionSummary run(String input, Function<byte[], byte[]> clean) throws IOException {
        out = new ByteArrayOutputStream();
        return GitFilterProcess.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, clean);
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] upper(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void answersTheHandshakeWithVersionTwoAndOnlyCleanAndSmudge() throws IOException {
        FilterSessionSummary summary = run(HANDSHAKE_IN, b -> b);

        assertEquals(HANDSHAKE_OUT, written());
        assertEquals(new FilterSessionSummary(0, 0, List.of()), summary);
    }

    @Test
    void cleansAFileAndSendsStatusContentAndAnEmptyFinalList() throws IOException {
        FilterSessionSummary summary = run(HANDSHAKE_IN + request("clean", "a.ipynb", "abc"),
                GitFilterProcessTest::upper);

        assertEquals(HANDSHAKE_OUT + SUCCESS + "0007ABC" + "0000" + "0000", written());
        assertEquals(new FilterSessionSummary(1, 0, List.of()), summary);
    }

    @Test
    void sendsEmptyContentAsNoPackets() throws IOException {
        run(HANDSHAKE_IN + request("clean", "empty.ipynb", ""), b -> b);

        assertEquals(HANDSHAKE_OUT + SUCCESS + "0000" + "0000", written());
    }

    @Test
    void splitsLargeContentIntoPacketsOfAtMost65516Bytes() throws IOException {
        byte[] big = new byte[65516 + 10];
        Arrays.fill(big, (byte) 'x');

        run(HANDSHAKE_IN + request("clean", "big.ipynb", "small"), b -> big);

        String expected = HANDSHAKE_OUT + SUCCESS + "fff0" + "x".repeat(65516) + "000e" + "x".repeat(10) + "0000"
                + "0000";
        assertEquals(expected, written());
    }

    @Test
    void passesSmudgedContentThroughUnchanged() throws IOException {
        FilterSessionSummary summary = run(HANDSHAKE_IN + request("smudge", "a.ipynb", "abc"),
                GitFilterProcessTest::upper);

        assertEquals(HANDSHAKE_OUT + SUCCESS + "0007abc" + "0000" + "0000", written());
        assertEquals(new FilterSessionSummary(0, 1, List.of()), summary);
    }

    @Test
    void answersStatusErrorForAFileItCannotCleanAndGoesOn() throws IOException {
        Function<byte[], byte[]> clean = b -> {
            if (new String(b, StandardCharsets.UTF_8).equals("bad")) {
                throw new GitFilterFileException("Not a valid notebook: the JSON is malformed at line 1, column 1.");
            }
            return b;
        };

        FilterSessionSummary summary = run(HANDSHAKE_IN + request("clean", "bad.ipynb", "bad")
                + request("clean", "good.ipynb", "good"), clean);

        assertEquals(HANDSHAKE_OUT + "0011status=error\n0000" + SUCCESS + "0008good0000" + "0000", written());
        assertEquals(new FilterSessionSummary(1, 0, List.of(new FilterFailure("bad.ipynb", FilterStatus.ERROR,
                "Not a valid notebook: the JSON is malformed at line 1, column 1."))), summary);
        assertFalse(summary.succeeded());
    }

    @Test
    void answersStatusAbortAndAbortsEveryLaterClean() throws IOException {
        FilterSessionSummary summary = run(HANDSHAKE_IN + request("clean", "a.ipynb", "a")
                + request("clean", "b.ipynb", "b") + request("smudge", "c.ipynb", "c"), b -> {
                    throw new GitFilterAbortException("The key files cannot be read.");
                });

        assertEquals(HANDSHAKE_OUT + "0011status=abort\n0000" + "0011status=abort\n0000" + SUCCESS + "0005c0000"
                + "0000", written());
        assertEquals(List.of(new FilterFailure("a.ipynb", FilterStatus.ABORT, "The key files cannot be read.")),
                summary.failures());
        assertEquals(1, summary.smudged());
    }

    @Test
    void reportsOnlyTheTypeOfAnUnexpectedException() throws IOException {
        FilterSessionSummary summary = run(HANDSHAKE_IN + request("clean", "a.ipynb", "a"), b -> {
            throw new IllegalStateException("content of the file");
        });

        assertEquals(List.of(new FilterFailure("a.ipynb", FilterStatus.ERROR,
                "internal error (IllegalStateException)")), summary.failures());
    }

    @Test
    void statusWordsAreTheWireWords() {
        assertEquals("success", FilterStatus.SUCCESS.toString());
        assertEquals("error", FilterStatus.ERROR.toString());
        assertEquals("abort", FilterStatus.ABORT.toString());
    }

    @Test
    void rejectsAnInputThatIsNotPktLinesWithoutQuotingIt() {
        GitFilterProtocolException e = assertThrows(GitFilterProtocolException.class,
                () -> run("{\n \"cells\": []\n}", b -> b));

        assertEquals("git filter protocol: the input does not start with a pkt-line length; run this command only"
                + " as git's filter.<driver>.process", e.getMessage());
        assertEquals("", written());
    }

    @Test
    void rejectsAWrongGreeting() {
        GitFilterProtocolException e = assertThrows(GitFilterProtocolException.class,
                () -> run(pkt("git-filter-foo\n") + pkt("version=2\n") + "0000", b -> b));

        assertEquals("git filter protocol: git did not start with the greeting 'git-filter-client'; run this"
                + " command only as git's filter.<driver>.process", e.getMessage());
    }

    @Test
    void rejectsAGitThatOffersOnlyOtherVersions() {
        GitFilterProtocolException e = assertThrows(GitFilterProtocolException.class,
                () -> run(pkt("git-filter-client\n") + pkt("version=3\n") + "0000", b -> b));

        assertEquals("git filter protocol: this filter speaks version=2 only, and git offered version=3; update"
                + " git to 2.11 or later", e.getMessage());
    }

    @Test
    void rejectsAPacketCutShort() {
        GitFilterProtocolException e = assertThrows(GitFilterProtocolException.class,
                () -> run(HANDSHAKE_IN + pkt("command=clean\n") + pkt("pathname=a\n") + "0000" + "0010abc",
                        b -> b));

        assertEquals("git filter protocol: the input ended inside a packet (3 of 12 bytes)", e.getMessage());
    }

    @Test
    void servesManyFilesInOneSession() throws IOException {
        StringBuilder input = new StringBuilder(HANDSHAKE_IN);
        for (int i = 0; i < 500; i++) {
            input.append(request("clean", "nb" + i + ".ipynb", "{}"));
        }

        FilterSessionSummary summary = run(input.toString(), b -> b);

        assertEquals(500, summary.cleaned());
        assertTrue(summary.succeeded());
    }

    @Test
    void theSanitizingCleanRedactsKeysAndTurnsInvalidNotebooksIntoFileErrors() throws IOException {
        String key = TestKeys.celonisKey(new Random(5));
        Function<byte[], byte[]> clean = GitFilterProcess.sanitizingClean(
                new NotebookSanitizer(SecretScanner.shapesOnly()));

        FilterSessionSummary summary = run(HANDSHAKE_IN + request("clean", "k.ipynb", "{\"k\": \"" + key + "\"}")
                + request("clean", "broken.ipynb", "{\"cells\": ["), clean);

        String cleaned = "{\"k\": \"[REDACTED celonis-key]\"}";
        assertEquals(HANDSHAKE_OUT + SUCCESS + pkt(cleaned) + "0000" + "0000" + "0011status=error\n0000", written());
        assertEquals(List.of(new FilterFailure("broken.ipynb", FilterStatus.ERROR, "Not a valid notebook: the file"
                + " ends in the middle of the JSON (it may be truncated) at line 1, column 12. Fix the file in a text"
                + " editor or restore it from version control, then try again.")), summary.failures());
    }
}
