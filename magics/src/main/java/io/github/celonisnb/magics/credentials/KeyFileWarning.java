package io.github.celonisnb.magics.credentials;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something about where a key file lies that could leak the key, with the one command or line that fixes it.
 *
 * @param kind    what is wrong
 * @param file    the key file
 * @param message what is wrong and the fix, e.g. {@code ... Make it private with: chmod 600 /home/u/app.json}
 * @param fix     the fix alone: the line for {@code .gitignore}, or the command to run
 */
public record KeyFileWarning(Kind kind, Path file, String message, String fix) {

    /** What can be wrong with a key file that is still used. */
    public enum Kind {
        /** It is inside a git work tree and not ignored: {@code git add .} would commit it. */
        NOT_IGNORED,
        /** Its group or other users may read it. */
        READABLE_BY_OTHERS
    }

    public KeyFileWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }
}
