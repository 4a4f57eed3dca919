package io.github.celonisnb.emulator.internal.http.ui;

import java.time.Instant;
import java.util.Objects;

/**
 * One signed-in browser: the id its cookie carries, the CSRF token its forms must send back, and
 * when it ends.
 *
 * @param id        the session id (256 random bits), sent as the cookie's value
 * @param csrfToken the synchronizer token of this session's forms (256 random bits)
 * @param expiresAt after this instant the session is gone and the browser must sign in again
 * @param forms     the single-use tokens of this session's New Application forms; they end with it
 */
record UiSession(String id, String csrfToken, Instant expiresAt, FormNonces forms) {

    UiSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(forms, "forms");
    }

    /** Whether a form's token is this session's; constant time. */
    boolean acceptsCsrf(String presented) {
        return Secrets.sameToken(csrfToken, presented);
    }

    @Override
    public String toString() {
        return "UiSession[expires " + expiresAt + "]";
    }
}
