package io.github.celonisnb.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The secret that guards the emulator's admin surface, sent as header {@value #HEADER}. Compared in
 * constant time; {@link #toString()} never shows it.
 */
public final class AdminToken {

    /** The request header that carries the token. */
    public static final String HEADER = "X-Emulator-Admin-Token";

    private static final int RANDOM_BYTES = 48;

    private final String value;

    private AdminToken(String value) {
        this.value = value;
    }

    /** A fresh random token (384 bits, 64 base64url characters). */
    public static AdminToken generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new AdminToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * A token with a value chosen by the caller, e.g. read back from a token file.
     *
     * @throws IllegalArgumentException if the value is blank or contains whitespace
     */
    public static AdminToken of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("An admin token must be non-empty and contain no whitespace.");
        }
        return new AdminToken(value);
    }

    /** The secret value, to send in {@value #HEADER} or write to a file only its owner can read. */
    public String value() {
        return value;
    }

    /** Whether a presented value equals this token; takes the same time wherever they differ. */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        // Comparing digests keeps the time independent of both content and length.
        return MessageDigest.isEqual(sha256(value), sha256(presented));
    }

    @Override
    public String toString() {
        return "AdminToken[not shown]";
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
