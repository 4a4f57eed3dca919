package io.github.celonisnb.kernel.git;

import java.nio.file.Path;

/** A command that works on one repository was run outside any git work tree. */
public final class NotAGitRepositoryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    public NotAGitRepositoryException(Path directory) {
        super("not a git repository: " + directory + ". Run this inside a git work tree (git init creates one),"
                + " or add --global to set up the filter for every repository of your user.");
        this.directory = directory;
    }

    /** The folder that is in no work tree. */
    public Path directory() {
        return directory;
    }
}
