package io.github.celonisnb.magics.notebook.gitfilter;

import java.io.IOException;

/**
 * Git and the filter disagree about the protocol: a bad greeting, an unsupported version, a malformed packet. The
 * session cannot go on. Messages never quote packet content, which may be a file's bytes.
 */
public final class GitFilterProtocolException extends IOException {

    private static final long serialVersionUID = 1L;

    public GitFilterProtocolException(String message) {
        super(message);
    }
}
