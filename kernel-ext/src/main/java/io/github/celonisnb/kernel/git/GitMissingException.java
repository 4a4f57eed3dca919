package io.github.celonisnb.kernel.git;

import java.io.IOException;

/** There is no {@code git} command to run. */
public final class GitMissingException extends IOException {

    private static final long serialVersionUID = 1L;

    public GitMissingException() {
        super("git is not installed or not on the PATH; install it (on Debian: apt-get install -y git) and try"
                + " again.");
    }
}
