package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.testing.TestEnvironment;
import io.github.celonisnb.kernel.testing.TestGit;

/** {@code celonis-nb git install|uninstall|status}, run in this JVM against real git in temporary repositories. */
class GitCommandTest {

    private static final String LINE = "*.ipynb filter=celonis-nb diff=celonis-nb";

    @TempDir
    Path home;

    @TempDir
    Path repoDir;

    private TestGit repo;
    private Cli cli;
    private Path jar;

    @BeforeEach
    void setUp() throws Exception {
        repo = TestGit.init(repoDir, TestEnvironment.isolated(home));
        cli = new Cli(home, repoDir);
        jar = Files.createDirectories(home.resolve("my tools")).resolve("celonis-nb.jar");
        Files.write(jar, new byte[] {1});
    }

    private Cli.Result install(String... more) {
        String[] args = new String[more.length + 6];
        args[0] = "git";
        args[1] = "install";
        args[2] = "--jar";
        args[3] = jar.toString();
        args[4] = "--java";
        args[5] = "/opt/jdk/bin/java";
        System.arraycopy(more, 0, args, 6, more.length);
        return cli.run(args);
    }

    private String process() {
        return "/opt/jdk/bin/java -jar '" + jar + "' git filter-process";
    }

    private String textconv() {
        return "/opt/jdk/bin/java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar '" + jar
                + "' sanitize --stdout --textconv";
    }

    @Test
    void installSetsTheProcessFilterRequiredTheTextconvAndTheAttributesLine() throws Exception {
        Cli.Result result = install();

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("set filter.celonis-nb.process = " + process() + "\n"
                + "set filter.celonis-nb.required = true\n"
                + "set diff.celonis-nb.textconv = " + textconv() + "\n"
                + "added '" + LINE + "' to " + repoDir.resolve(".gitattributes") + "\n"
                + "Notebooks are now sanitized as they are staged. Notebooks committed before are cleaned when they"
                + " next change; to clean them all now, run: git add --renormalize .\n", result.out());
        assertEquals(process() + "\n", repo.ok("config", "--local", "--get", "filter.celonis-nb.process"));
        assertEquals("true\n", repo.ok("config", "--local", "--get", "filter.celonis-nb.required"));
        assertEquals(textconv() + "\n", repo.ok("config", "--local", "--get", "diff.celonis-nb.textconv"));
        assertEquals(1, repo.run("config", "--get", "filter.celonis-nb.clean").exitCode());
        assertEquals(LINE + "\n", Files.readString(repoDir.resolve(".gitattributes")));
        assertEquals("nb.ipynb: filter: celonis-nb\nnb.ipynb: diff: celonis-nb\n",
                repo.ok("check-attr", "filter", "diff", "--", "nb.ipynb"));
    }

    @Test
    void installingTwiceAddsTheAttributesLineOnce() throws Exception {
        Files.writeString(repoDir.resolve(".gitattributes"), "*.csv text");
        install();

        Cli.Result again = install();

        assertEquals(0, again.exitCode());
        assertEquals("*.csv text\n" + LINE + "\n", Files.readString(repoDir.resolve(".gitattributes")));
        assertEquals("'" + LINE + "' is already in " + repoDir.resolve(".gitattributes"),
                again.out().lines().toList().get(3));
        assertEquals(process() + "\n", repo.ok("config", "--local", "--get-all", "filter.celonis-nb.process"));
    }

    @Test
    void installRemovesAPerFileCleanCommand() throws Exception {
        repo.ok("config", "filter.celonis-nb.clean", "cat");

        Cli.Result result = install();

        assertEquals("removed filter.celonis-nb.clean (the process filter takes its place)",
                result.out().lines().toList().get(2));
        assertEquals(1, repo.run("config", "--get", "filter.celonis-nb.clean").exitCode());
    }

    @Test
    void uninstallRemovesExactlyWhatInstallAdded() throws Exception {
        repo.ok("config", "core.autocrlf", "false");
        byte[] configBefore = Files.readAllBytes(repoDir.resolve(".git/config"));
        Files.writeString(repoDir.resolve(".gitattributes"), "*.csv text\r\n");
        install();

        Cli.Result result = cli.run("git", "uninstall");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("removed filter.celonis-nb.process\n"
                + "removed filter.celonis-nb.required\n"
                + "removed diff.celonis-nb.textconv\n"
                + "removed '" + LINE + "' from " + repoDir.resolve(".gitattributes") + "\n", result.out());
        assertArrayEquals(configBefore, Files.readAllBytes(repoDir.resolve(".git/config")));
        assertEquals("*.csv text\r\n", Files.readString(repoDir.resolve(".gitattributes")));
    }

    @Test
    void uninstallDeletesAnAttributesFileThatHeldOnlyOurLine() throws Exception {
        install();

        cli.run("git", "uninstall");

        assertFalse(Files.exists(repoDir.resolve(".gitattributes")));
        assertEquals("nothing to remove: the celonis-nb filter is not installed here\n",
                cli.run("git", "uninstall").out());
    }

    @Test
    void statusReportsEachPieceAndExitsOneUntilInstalled() throws Exception {
        Cli.Result before = cli.run("git", "status");
        install();
        Cli.Result after = cli.run("git", "status");

        assertEquals(1, before.exitCode());
        assertEquals("filter.celonis-nb.process   missing  not set; run celonis-nb git install\n"
                + "filter.celonis-nb.required  missing  not set; run celonis-nb git install\n"
                + "filter.celonis-nb.clean     ok       not set\n"
                + "diff.celonis-nb.textconv    missing  not set; run celonis-nb git install\n"
                + "attributes                  missing  *.ipynb: filter=unspecified diff=unspecified; run celonis-nb"
                + " git install\n"
                + "celonis-nb filter: not installed; run celonis-nb git install\n", before.out());
        assertEquals(0, after.exitCode());
        assertEquals("filter.celonis-nb.process   ok       " + process() + " (file:.git/config)\n"
                + "filter.celonis-nb.required  ok       true (file:.git/config)\n"
                + "filter.celonis-nb.clean     ok       not set\n"
                + "diff.celonis-nb.textconv    ok       " + textconv() + " (file:.git/config)\n"
                + "attributes                  ok       *.ipynb: filter=celonis-nb diff=celonis-nb ("
                + repoDir.resolve(".gitattributes") + ")\n"
                + "celonis-nb filter: installed\n", after.out());
    }

    @Test
    void installCanWriteTheAttributesOfThisCloneOnly() throws Exception {
        install("--info-attributes");

        assertEquals(LINE + "\n", Files.readString(repoDir.resolve(".git/info/attributes")));
        assertFalse(Files.exists(repoDir.resolve(".gitattributes")));
        assertEquals(0, cli.run("git", "status").exitCode());
    }

    @Test
    void installGlobalWritesTheUsersConfigAndAttributesFile() throws Exception {
        Cli.Result result = install("--global");

        assertEquals(0, result.exitCode(), result.err());
        String global = Files.readString(home.resolve(".gitconfig"));
        assertEquals(true, global.contains("[filter \"celonis-nb\"]"));
        assertEquals(LINE + "\n", Files.readString(home.resolve(".config/git/attributes")));
        assertEquals(1, repo.run("config", "--local", "--get", "filter.celonis-nb.process").exitCode());
        assertEquals(0, cli.run("git", "status", "--global").exitCode());
        assertEquals(0, cli.run("git", "status").exitCode(), "a global install serves every repository");

        cli.run("git", "uninstall", "--global");

        assertEquals("", Files.readString(home.resolve(".gitconfig")));
        assertFalse(Files.exists(home.resolve(".config/git/attributes")));
    }

    @Test
    void outsideARepositoryItSaysSoAndHowToGoOn(@TempDir Path elsewhere) {
        Cli.Result result = new Cli(home, elsewhere).run("git", "install", "--jar", jar.toString());

        assertEquals(2, result.exitCode());
        assertEquals("celonis-nb: not a git repository: " + elsewhere + ". Run this inside a git work tree (git init"
                + " creates one), or add --global to set up the filter for every repository of your user.\n",
                result.err());
    }

    @Test
    void installRefusesAJarThatIsNotThere() {
        Cli.Result result = cli.run("git", "install", "--jar", "missing.jar");

        assertEquals(2, result.exitCode());
        assertEquals("celonis-nb: git must run the celonis-nb jar, and " + repoDir.resolve("missing.jar")
                + " is not one; pass --jar kernel-ext/target/celonis-nb.jar, or use bin/celonis-nb.\n", result.err());
    }
}
