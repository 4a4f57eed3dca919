package io.github.celonisnb.emulator;

import java.util.Optional;

/** How a request presented itself in its Authorization header, as the emulator saw it. */
public enum AuthScheme {
    /** {@code AppKey <key>}, prefix in any letter case. */
    APP_KEY(KeyKind.APP),
    /** {@code Bearer <key>}, prefix in any letter case. */
    BEARER(KeyKind.USER),
    /** No Authorization header at all. */
    MISSING(null),
    /** An Authorization header that starts with neither {@code Bearer } nor {@code AppKey }. */
    MALFORMED(null);

    private final KeyKind keyKind;

    AuthScheme(KeyKind keyKind) {
        this.keyKind = keyKind;
    }

    /** The kind of key this prefix is for; empty for {@link #MISSING} and {@link #MALFORMED}. */
    public Optional<KeyKind> keyKind() {
        return Optional.ofNullable(keyKind);
    }
}
