package io.github.celonisnb.kernel.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.demo.KeyFileWriter;
import io.github.celonisnb.kernel.testing.JarRun;
import io.github.celonisnb.kernel.testing.TestEnvironment;
import io.github.celonisnb.kernel.testing.TestGit;
import io.github.celonisnb.kernel.testing.TestKeys;
import io.github.celonisnb.kernel.testing.TestNotebooks;

/**
 * The clean filter with real git and the built jar: what is committed, what the working copy keeps, what git status
 * and git diff show, and how a broken notebook is refused.
 */
class GitFilterIT {

    private static final String MARK = "[REDACTED celonis-app-key]";

    @TempDir
    Path home;

    @TempDir
    Path repoDir;

    private Map<String, String> env;
    private TestGit repo;
    private String key;

    @BeforeEach
    void setUp() throws Exception {
        env = TestEnvironment.isolated(home);
        key = TestKeys.newKey();
        KeyFileWriter.write(Path.of(env.get("CELONIS_PROFILE_DIR")).resolve("app.json"),
                "https://t.eu-1.celonis.cloud", key);
        repo = TestGit.init(repoDir, env);
    }

    /** Installs the filter for the built jar; in this JVM, to save a start-up (the first test runs the jar's). */
    private void installFilter() throws Exception {
        FilterSetup.forRepository(new Git(repoDir, env), null, false)
                .install(FilterCommands.forJar(Path.of(JarRun.java()), JarRun.jar()));
        commitAttributes();
    }

    private void commitAttributes() throws Exception {
        repo.ok("add", ".gitattributes");
        repo.ok("commit", "-q", "-m", "attributes");
    }

    private String printing(String printed) {
        return TestNotebooks.withOutput("var session = login();", printed);
    }

    @Test
    void installPointsGitAtThisJarWithThisJava() throws Exception {
        JarRun.Result install = JarRun.celonisNb(repoDir, env, new byte[0], "git", "install");
        assertEquals(0, install.exitCode(), install.stderr());
        commitAttributes();

        assertEquals(JarRun.java() + " -jar " + JarRun.jar() + " git filter-process\n",
                repo.ok("config", "--get", "filter.celonis-nb.process"));
        assertEquals(0, JarRun.celonisNb(repoDir, env, new byte[0], "git", "status").exitCode());
    }

    @Test
    void aNotebookWithAKeyIsCommittedWithoutItWhileTheWorkingCopyKeepsKeyAndOutputs() throws Exception {
        installFilter();
        String original = printing("logged in with " + key + "\n");
        Path nb = TestNotebooks.write(repoDir.resolve("nb.ipynb"), original);

        var add = repo.run("add", "nb.ipynb");

        assertEquals(0, add.exitCode(), add.stderr());
        assertEquals("celonis-nb filter: cleaned 1 notebook, replaced 1 secret in 1\n", add.stderr());
        assertEquals("A  nb.ipynb\n", repo.ok("status", "--porcelain"), "nothing unstaged right after git add");
        repo.ok("commit", "-q", "-m", "notebook");
        assertEquals("", repo.ok("status", "--porcelain"));

        byte[] committed = repo.ok("show", "HEAD:nb.ipynb").getBytes(StandardCharsets.UTF_8);
        assertEquals(printing("logged in with " + MARK + "\n"), new String(committed, StandardCharsets.UTF_8));
        assertFalse(new String(committed, StandardCharsets.UTF_8).contains(key));
        assertEquals(original, Files.readString(nb), "the working copy keeps the key and the outputs");
    }

    @Test
    void aTouchedOrReaddedNotebookDoesNotShowAsModified() throws Exception {
        installFilter();
        Path nb = TestNotebooks.write(repoDir.resolve("nb.ipynb"), printing(key));
        repo.ok("add", "nb.ipynb");
        repo.ok("commit", "-q", "-m", "notebook");

        Files.setLastModifiedTime(nb, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        String afterTouch = repo.ok("status", "--porcelain");
        repo.ok("add", "nb.ipynb");
        String afterAdd = repo.ok("status", "--porcelain");

        assertEquals("", afterTouch);
        assertEquals("", afterAdd);
    }

    @Test
    void aBrokenNotebookMakesGitAddFailLoudlyNamingTheFile() throws Exception {
        installFilter();
        TestNotebooks.write(repoDir.resolve("broken.ipynb"), "{\"cells\": [{\"source\": \"" + key + "\"");

        var add = repo.run("add", "broken.ipynb");

        assertNotEquals(0, add.exitCode());
        assertTrue(add.stderr().contains("celonis-nb filter: broken.ipynb: Not a valid notebook: the file ends in the"
                + " middle of the JSON (it may be truncated) at line 1, column 133."), add.stderr());
        assertTrue(add.stderr().contains("broken.ipynb: clean filter 'celonis-nb' failed"), add.stderr());
        assertTrue(add.stderr().endsWith("celonis-nb filter: cleaned 0 notebooks; 1 not staged\n"), add.stderr());
        assertFalse(add.stderr().contains(key));
        assertEquals("", repo.ok("ls-files", "broken.ipynb"), "nothing was staged");
    }

    @Test
    void jsonThatIsNotANotebookMakesGitAddFailLikeABrokenNotebook() throws Exception {
        installFilter();
        TestNotebooks.write(repoDir.resolve("config.ipynb"), "{\"token\": \"" + key + "\"}");

        var add = repo.run("add", "config.ipynb");

        assertNotEquals(0, add.exitCode());
        assertTrue(add.stderr().contains("celonis-nb filter: config.ipynb: Not a Jupyter notebook: it has no \"cells\""
                + " list."), add.stderr());
        assertTrue(add.stderr().contains("config.ipynb: clean filter 'celonis-nb' failed"), add.stderr());
        assertFalse(add.stderr().contains(key));
        assertEquals("", repo.ok("ls-files", "config.ipynb"), "nothing was staged");
    }

    @Test
    void aNotebookWithoutSecretsIsCommittedByteIdenticalAlsoWithCrlf() throws Exception {
        installFilter();
        byte[] lf = TestNotebooks.clean().getBytes(StandardCharsets.UTF_8);
        byte[] crlf = TestNotebooks.clean().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        Files.write(repoDir.resolve("lf.ipynb"), lf);
        Files.write(repoDir.resolve("crlf.ipynb"), crlf);

        var add = repo.run("add", "lf.ipynb", "crlf.ipynb");
        repo.ok("commit", "-q", "-m", "clean notebooks");

        assertEquals("", add.stderr(), "nothing to report when nothing was found");
        assertArrayEquals(lf, repo.show("HEAD:lf.ipynb"));
        assertArrayEquals(crlf, repo.show("HEAD:crlf.ipynb"));
    }

    @Test
    void oneFilterProcessCleansEveryNotebookOfAGitAdd() throws Exception {
        installFilter();
        for (int i = 0; i < 25; i++) {
            TestNotebooks.write(repoDir.resolve("nbs/nb" + i + ".ipynb"), printing(i % 5 == 0 ? key : "x" + i));
        }

        var add = repo.run("add", "nbs");

        assertEquals(0, add.exitCode(), add.stderr());
        assertEquals("celonis-nb filter: cleaned 25 notebooks, replaced 5 secrets in 5\n", add.stderr());
    }

    @Test
    void diffsShowSanitizedNotebooksEvenForCommitsMadeBeforeTheFilter() throws Exception {
        Path nb = TestNotebooks.write(repoDir.resolve("nb.ipynb"), printing("first"));
        repo.ok("add", "nb.ipynb");
        repo.ok("commit", "-q", "-m", "first");
        TestNotebooks.write(nb, printing("then " + key));
        repo.ok("add", "nb.ipynb");
        repo.ok("commit", "-q", "-m", "leaked before the filter was installed");
        assertTrue(new String(repo.show("HEAD:nb.ipynb"), StandardCharsets.UTF_8).contains(key));

        installFilter();
        String shown = repo.ok("show", "HEAD~1");
        TestNotebooks.write(nb, printing("now " + key));
        String diff = repo.ok("diff", "HEAD~1", "--", "nb.ipynb");
        String raw = repo.ok("show", "--no-textconv", "HEAD~1");

        assertTrue(shown.contains("+      \"then " + MARK + "\"\n"), shown);
        assertFalse(shown.contains(key));
        assertTrue(diff.contains("+      \"now " + MARK + "\"\n"), diff);
        assertFalse(diff.contains(key));
        assertTrue(raw.contains(key), "without textconv git shows the blob as committed");
    }

    @Test
    void withTheKeyFilesUnreadableTheFilterRefusesToCleanAndGitAddFails() throws Exception {
        installFilter();
        Files.writeString(Path.of(env.get("CELONIS_PROFILE_DIR")).resolve("app.json"), "{\"url\": 1}");
        TestNotebooks.write(repoDir.resolve("nb.ipynb"), printing(key));

        var add = repo.run("add", "nb.ipynb");

        assertNotEquals(0, add.exitCode());
        assertTrue(add.stderr().contains("celonis-nb filter: nb.ipynb: Key file "), add.stderr());
        assertEquals("", repo.ok("ls-files", "nb.ipynb"));
    }
}
