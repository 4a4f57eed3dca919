package io.github.celonisnb.emulator.internal.auth;

import io.github.celonisnb.emulator.AuthScheme;
import java.util.Locale;
import java.util.Optional;

/**
 * An Authorization header read the way EMS reads it: the prefix {@code AppKey } or {@code Bearer } in
 * any letter case, then the key. {@link #toString()} never shows the key.
 */
public final class AuthorizationHeader {

    /** The text EMS answers a malformed header with (from the public error catalogue). */
    public static final String MALFORMED_MESSAGE =
            "Invalid \"Authorization\" header format. Should start either with \"Bearer \" or \"AppKey \" (case insensitive).";

    private static final String APP_KEY_PREFIX = "appkey ";
    private static final String BEARER_PREFIX = "bearer ";

    private final AuthScheme scheme;
    private final String token;

    private AuthorizationHeader(AuthScheme scheme, String token) {
        this.scheme = scheme;
        this.token = token;
    }

    /** Reads a header value; {@code null} means the header was absent. */
    public static AuthorizationHeader parse(String headerValue) {
        if (headerValue == null) {
            return new AuthorizationHeader(AuthScheme.MISSING, null);
        }
        String lower = headerValue.toLowerCase(Locale.ROOT);
        if (lower.startsWith(APP_KEY_PREFIX)) {
            return new AuthorizationHeader(AuthScheme.APP_KEY, headerValue.substring(APP_KEY_PREFIX.length()).trim());
        }
        if (lower.startsWith(BEARER_PREFIX)) {
            return new AuthorizationHeader(AuthScheme.BEARER, headerValue.substring(BEARER_PREFIX.length()).trim());
        }
        return new AuthorizationHeader(AuthScheme.MALFORMED, null);
    }

    /** How the header presented itself. */
    public AuthScheme scheme() {
        return scheme;
    }

    /** The key after the prefix; empty when the header was missing or malformed. */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    @Override
    public String toString() {
        return "AuthorizationHeader[" + scheme + "]";
    }
}
