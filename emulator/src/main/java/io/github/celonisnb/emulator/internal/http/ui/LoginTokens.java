package io.github.celonisnb.emulator.internal.http.ui;

import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one-time token of the login link. At most one is live: issuing a new one replaces it, and
 * redeeming it spends it, so a link seen in a terminal's scrollback or a shared screen is worthless
 * once it has been used. Only the token's digest is kept.
 */
final class LoginTokens {

    private final AtomicReference<byte[]> live = new AtomicReference<>();

    /** Makes a new token, replacing any that was not used yet; the value exists only in the answer. */
    String issue() {
        String token = Secrets.newToken();
        live.set(Secrets.digest(token));
        return token;
    }

    /** Spends the token if it is the live one; false when wrong, already used, or none was issued. */
    boolean redeem(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] expected = live.get();
        byte[] given = Secrets.digest(presented);
        if (expected == null || !MessageDigest.isEqual(expected, given)) {
            return false;
        }
        // Two browsers racing with the same link: only the one that spends it gets a session.
        return live.compareAndSet(expected, null);
    }
}
