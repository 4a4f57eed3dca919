package io.github.celonisnb.kernel.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which files git ignores ({@code .gitignore}, {@code .git/info/exclude}, the global excludes file), as
 * {@code git check-ignore} decides it. Tracked files are never ignored, as in git itself.
 */
public final class IgnoredFiles {

    private IgnoredFiles() {
    }

    /**
     * The files among {@code files} that git ignores. Files outside a work tree, or all of them when git is not
     * installed, are not ignored.
     *
     * @param git   git running in a folder that holds the files
     * @param files absolute paths
     * @throws IOException when git cannot be run for another reason than being absent
     */
    public static Set<Path> among(Git git, List<Path> files) throws IOException {
        if (files.isEmpty()) {
            return Set.of();
        }
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (Path file : files) {
            input.writeBytes(file.toString().getBytes(StandardCharsets.UTF_8));
            input.write(0);
        }
        GitResult result;
        try {
            result = git.run(input.toByteArray(), List.of("check-ignore", "--stdin", "-z"));
        } catch (GitMissingException e) {
            return Set.of();
        }
        // 0: some are ignored; 1: none is; 128: not a work tree (or another fatal error): ignore nothing.
        if (result.exitCode() != 0) {
            return Set.of();
        }
        Set<Path> ignored = new HashSet<>();
        for (String name : new String(result.stdout(), StandardCharsets.UTF_8).split("\0")) {
            if (!name.isEmpty()) {
                ignored.add(git.directory().resolve(name).normalize());
            }
        }
        return ignored;
    }
}
