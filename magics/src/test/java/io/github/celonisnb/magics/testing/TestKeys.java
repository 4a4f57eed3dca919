package io.github.celonisnb.magics.testing;

import io.github.celonisnb.magics.secrets.ApiKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Keys made at run time in the shape EMS issues: standard base64 of {@code <uuid>:<44 alphanumerics>}, 108
 * characters. No key is ever written into a test source.
 */
public final class TestKeys {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    /** A fresh key value of the observed shape. */
    public static String newKeyValue() {
        StringBuilder secret = new StringBuilder(44);
        for (int i = 0; i < 44; i++) {
            secret.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        String plain = UUID.randomUUID() + ":" + secret;
        return Base64.getEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A fresh token of 108 standard base64 characters that contains at least one {@code /} and one {@code +},
     * so that its JSON-escaped and URL-encoded forms differ from it. (Keys of the EMS shape never do: base64 of
     * ASCII text cannot produce those two characters.)
     */
    public static String newTokenWithSlashAndPlus() {
        while (true) {
            byte[] bytes = new byte[81];
            RANDOM.nextBytes(bytes);
            String value = Base64.getEncoder().withoutPadding().encodeToString(bytes);
            if (value.indexOf('/') >= 0 && value.indexOf('+') >= 0) {
                return value;
            }
        }
    }

    /** A fresh key. */
    public static ApiKey newKey() {
        return ApiKey.of(newKeyValue());
    }
}
