package io.github.celonisnb.magics.credentials;

import java.nio.file.Path;

/** Lets tests of other packages set up real git repositories the way this package's tests do. */
public final class KeyFileSafetyAccess {

    private KeyFileSafetyAccess() {
    }

    /** Skips the calling test when git is not installed. */
    public static void assumeGit() {
        Git.assumeInstalled();
    }

    /** Runs git in {@code dir}; fails the test when it fails. */
    public static void git(Path dir, String... args) throws Exception {
        Git.run(dir, args);
    }
}
