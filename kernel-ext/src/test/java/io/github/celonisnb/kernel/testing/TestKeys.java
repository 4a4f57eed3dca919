package io.github.celonisnb.kernel.testing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Keys made at run time in the shape EMS issues: standard base64 of {@code <uuid>:<44 alphanumerics>}. No key is
 * ever written into a test source.
 */
public final class TestKeys {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    /** A fresh key value. */
    public static String newKey() {
        StringBuilder secret = new StringBuilder(44);
        for (int i = 0; i < 44; i++) {
            secret.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        String plain = UUID.randomUUID() + ":" + secret;
        return Base64.getEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** A fresh value in the shape of a GitHub token: {@code ghp_} and 36 letters and digits. */
    public static String newGitHubToken() {
        return "ghp_" + newShapelessToken().substring(0, 36);
    }

    /** A fresh value in the shape of an AWS access key id: {@code AKIA} and 16 base32 characters. */
    public static String newAwsAccessKeyId() {
        String base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder id = new StringBuilder("AKIA");
        for (int i = 0; i < 16; i++) {
            id.append(base32.charAt(RANDOM.nextInt(base32.length())));
        }
        return id.toString();
    }

    /**
     * A fresh token of 40 alphanumerics: no shape detector knows it, so only a scan that knows its value finds it.
     */
    public static String newShapelessToken() {
        StringBuilder token = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            token.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return token.toString();
    }
}
