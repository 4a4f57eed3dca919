package io.github.celonisnb.magics.secrets.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KnownSecretTest {

    private final String key = TestKeys.celonisKey(new Random(7));

    @Test
    void toStringShowsTheLabelAndLengthButNotTheValue() {
        KnownSecret secret = new KnownSecret("celonis-app-key", key);

        assertEquals("KnownSecret[label=celonis-app-key, length=108]", secret.toString());
    }

    @Test
    void rejectsValuesShorterThanEightCharacters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KnownSecret("db-password", "  hunter2 "));

        assertEquals("The value for secret 'db-password' has fewer than 8 characters (not counting surrounding"
                + " blanks); register the whole key, not a part of it.", e.getMessage());
    }

    @Test
    void rejectsAnInvalidLabelWithoutEchoingIt() {
        // Label and value swapped by mistake: the message must not print the key.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KnownSecret(key, "celonis-app-key"));

        assertEquals("A secret label must be 1 to 64 lowercase letters, digits, '.' or '-', starting with a letter"
                + " or digit, e.g. 'celonis-app-key'; the label given is not.", e.getMessage());
        assertFalse(e.getMessage().contains(key.substring(0, 12)));
    }

    @Test
    void comparesLabelAndValue() {
        KnownSecret secret = new KnownSecret("celonis-app-key", key);

        assertEquals(secret, new KnownSecret("celonis-app-key", key));
        assertEquals(secret.hashCode(), new KnownSecret("celonis-app-key", key).hashCode());
        assertNotEquals(secret, new KnownSecret("celonis-user-key", key));
        assertNotEquals(secret, new KnownSecret("celonis-app-key", key + "x"));
        assertTrue(secret.equals(secret));
    }
}
