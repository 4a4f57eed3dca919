package io.github.celonisnb.emulator.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** The SHA-256 digest of a key: the only form in which the emulator keeps a key. */
public final class KeyHash {

    private static final int SHA256_BYTES = 32;

    private final byte[] digest;

    private KeyHash(byte[] digest) {
        this.digest = digest;
    }

    /** The hash of a key value. */
    public static KeyHash of(String keyValue) {
        Objects.requireNonNull(keyValue, "keyValue");
        try {
            return new KeyHash(MessageDigest.getInstance("SHA-256").digest(keyValue.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * A hash read back from storage.
     *
     * @throws IllegalArgumentException unless the text is 64 hex digits
     */
    public static KeyHash fromHex(String hex) {
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected 64 hex digits", e);
        }
        if (bytes.length != SHA256_BYTES) {
            throw new IllegalArgumentException("expected 64 hex digits, found " + hex.length() + " characters");
        }
        return new KeyHash(bytes);
    }

    /** Whether two hashes are equal, in time independent of where they differ. */
    public boolean matches(KeyHash other) {
        return MessageDigest.isEqual(digest, other.digest);
    }

    /** The digest as 64 lower-case hex digits, for the state file. */
    public String hex() {
        return HexFormat.of().formatHex(digest);
    }

    @Override
    public String toString() {
        return "KeyHash[sha256]";
    }
}
