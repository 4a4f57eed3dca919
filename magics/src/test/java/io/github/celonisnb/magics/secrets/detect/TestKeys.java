package io.github.celonisnb.magics.secrets.detect;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

/** Key-shaped values generated at run time, so no key-shaped literal is ever committed. */
public final class TestKeys {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private TestKeys() {
    }

    /** A uuid and secret pair as a Celonis key decodes to. */
    public record Parts(String uuid, String secret) {
        public String decoded() {
            return uuid + ":" + secret;
        }

        public String key() {
            return Base64.getEncoder().withoutPadding().encodeToString(decoded().getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        public String toString() {
            return "Parts[hidden]";
        }
    }

    public static Parts parts(Random random) {
        return parts(random, 44);
    }

    public static Parts parts(Random random, int secretLength) {
        UUID uuid = new UUID(random.nextLong(), random.nextLong());
        return new Parts(uuid.toString(), alphanumeric(random, secretLength));
    }

    /** Base64 of {@code <random uuid>:<44 random letters and digits>}: 108 characters. */
    public static String celonisKey(Random random) {
        return parts(random).key();
    }

    /** An AWS access key id: {@code AKIA} and 16 random base32 capitals and digits. */
    public static String awsAccessKeyId(Random random) {
        StringBuilder out = new StringBuilder("AKIA");
        for (int i = 0; i < 16; i++) {
            out.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt(random.nextInt(32)));
        }
        return out.toString();
    }

    /** A classic GitHub personal access token: {@code ghp_} and 36 random letters and digits. */
    public static String gitHubToken(Random random) {
        return "ghp_" + alphanumeric(random, 36);
    }

    public static String alphanumeric(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return out.toString();
    }
}
