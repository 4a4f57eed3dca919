package io.github.celonisnb.emulator.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * Makes keys in the shape EMS issues: standard base64, without padding, of
 * {@code <lowercase uuid>:<44 letters and digits>}, 108 characters in all.
 */
public final class KeyGenerator {

    /** Length of the random secret after the colon. */
    public static final int SECRET_LENGTH = 44;

    private static final char[] ALPHANUMERICS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final SecureRandom random;

    public KeyGenerator() {
        this(new SecureRandom());
    }

    KeyGenerator(SecureRandom random) {
        this.random = random;
    }

    /** A new key value. */
    public String newKey() {
        String plain = newUuid() + ":" + secret();
        return Base64.getEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** A random version-4 UUID in lower case, from this generator's source of randomness. */
    public String newUuid() {
        long most = random.nextLong();
        long least = random.nextLong();
        most = (most & ~0xF000L) | 0x4000L;
        least = (least & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString().toLowerCase(Locale.ROOT);
    }

    private String secret() {
        StringBuilder out = new StringBuilder(SECRET_LENGTH);
        byte[] buffer = new byte[1];
        while (out.length() < SECRET_LENGTH) {
            random.nextBytes(buffer);
            int candidate = buffer[0] & 0x3F;
            // Rejecting 62 and 63 keeps every character equally likely.
            if (candidate < ALPHANUMERICS.length) {
                out.append(ALPHANUMERICS[candidate]);
            }
        }
        return out.toString();
    }
}
