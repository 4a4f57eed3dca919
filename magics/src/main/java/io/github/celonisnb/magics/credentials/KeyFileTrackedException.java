package io.github.celonisnb.magics.credentials;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A key file is tracked by git, so its key is in the repository's history and goes wherever the repository goes.
 * The key is refused; the message names the repository and the command that untracks the file.
 */
public final class KeyFileTrackedException extends Exception {

    private final Path file;
    private final Path repository;
    private final String untrackCommand;

    KeyFileTrackedException(Path file, Path repository, String relativePath) {
        this(file, repository, "git -C " + ShellWords.quote(repository.toString()) + " rm --cached -- "
                + ShellWords.quote(relativePath), relativePath);
    }

    private KeyFileTrackedException(Path file, Path repository, String untrackCommand, String relativePath) {
        super("Key file " + file + " is tracked by the git repository " + repository + ", so the key is in its"
                + " history and reaches everyone who gets a copy; it is not used. Untrack the file, add the line "
                + KeyFileSafety.ignoreLine(relativePath) + " to " + repository.resolve(".gitignore") + ", commit, and"
                + " replace the key (Admin & Settings → Applications), since the old one stays in the history."
                + " Untrack it with: " + untrackCommand);
        this.file = Objects.requireNonNull(file, "file");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.untrackCommand = untrackCommand;
    }

    /** The key file. */
    public Path file() {
        return file;
    }

    /** The top folder of the repository that tracks it. */
    public Path repository() {
        return repository;
    }

    /** The command that untracks it, e.g. {@code git -C /work/repo rm --cached -- profiles/app.json}. */
    public String untrackCommand() {
        return untrackCommand;
    }
}
