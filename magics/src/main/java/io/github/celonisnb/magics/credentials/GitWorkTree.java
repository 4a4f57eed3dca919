package io.github.celonisnb.magics.credentials;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A git work tree, asked through the {@code git} command itself (so every ignore rule, global excludes included,
 * counts as git counts it). When git is not installed, or does not answer in time, nothing is a work tree.
 */
final class GitWorkTree {

    private static final long TIMEOUT_SECONDS = 10;
    /** Variables that would point git at another repository than the one around the file. */
    private static final List<String> REPOSITORY_VARIABLES = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_CEILING_DIRECTORIES");

    private final Path root;

    private GitWorkTree(Path root) {
        this.root = root;
    }

    /** The work tree that contains {@code directory}, if any. */
    static Optional<GitWorkTree> containing(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        Optional<Result> top = git(directory, "rev-parse", "--show-toplevel");
        if (top.isEmpty() || top.get().exitCode() != 0 || top.get().output().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new GitWorkTree(Path.of(top.get().output().strip())));
    }

    /** The work tree's top folder. */
    Path root() {
        return root;
    }

    /** Whether the index holds this path (relative to the top folder, with {@code /}). */
    boolean tracks(String relativePath) {
        return git(root, "ls-files", "--error-unmatch", "--", relativePath)
                .map(r -> r.exitCode() == 0).orElse(false);
    }

    /** Whether git's ignore rules cover this path (relative to the top folder, with {@code /}). */
    boolean ignores(String relativePath) {
        return git(root, "check-ignore", "-q", "--", relativePath).map(r -> r.exitCode() == 0).orElse(false);
    }

    private record Result(int exitCode, String output) {
    }

    private static Optional<Result> git(Path directory, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        REPOSITORY_VARIABLES.forEach(env::remove);
        env.put("GIT_OPTIONAL_LOCKS", "0");
        env.put("LC_ALL", "C");
        Process process;
        try {
            process = builder.start();
        } catch (IOException gitMissing) {
            return Optional.empty();
        }
        try (InputStream out = process.getInputStream()) {
            process.getOutputStream().close();
            String text = new String(out.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(new Result(process.exitValue(), text));
        } catch (IOException e) {
            process.destroyForcibly();
            return Optional.empty();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
