package io.github.celonisnb.kernel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.celonisnb.kernel.git.Git;
import io.github.celonisnb.kernel.git.GitResult;

/** Real git in a temporary repository, with the isolated test environment. */
public final class TestGit {

    private final Git git;

    public TestGit(Path directory, Map<String, String> environment) {
        this.git = new Git(directory, environment);
    }

    /** {@code git init} in a fresh folder. */
    public static TestGit init(Path directory, Map<String, String> environment) throws IOException {
        TestGit repo = new TestGit(directory, environment);
        repo.ok("init", "-q", "-b", "main");
        return repo;
    }

    public Path directory() {
        return git.directory();
    }

    /** Runs git with a committer identity; any exit code. */
    public GitResult run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        return git.run(new byte[0], command);
    }

    /** Runs git and asserts it succeeded; returns its stdout. */
    public String ok(String... args) throws IOException {
        GitResult result = run(args);
        assertEquals(0, result.exitCode(), () -> "git " + String.join(" ", args) + " failed: " + result.stderr());
        return result.out();
    }

    /** The bytes of {@code path} at {@code revision}, e.g. {@code HEAD:nb.ipynb}. */
    public byte[] show(String object) throws IOException {
        GitResult result = run("cat-file", "blob", object);
        assertEquals(0, result.exitCode(), result.stderr());
        return result.stdout();
    }
}
