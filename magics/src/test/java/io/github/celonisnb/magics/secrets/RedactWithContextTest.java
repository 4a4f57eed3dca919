package io.github.celonisnb.magics.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.celonisnb.magics.testing.TestKeys;
import org.junit.jupiter.api.Test;

class RedactWithContextTest {

    private final SecretRegistry secrets = new SecretRegistry();

    @Test
    void redactsTheTextsPartOfAKeyThatStartedInTheContext() {
        String key = TestKeys.newKeyValue();

        assertEquals("[REDACTED celonis-key] end", secrets.redactEverything("key " + key.substring(0, 40),
                key.substring(40) + " end"));
    }

    @Test
    void findsTheCredentialAfterAHeaderNameGivenInTheContext() {
        String token = "0123456789abcdef0123456789abcdef";

        assertEquals("[REDACTED authorization-header]\n",
                secrets.redactEverything("GET /api\nAuthorization: Bearer ", token + "\n"));
    }

    @Test
    void neverReturnsOrChangesTheContextAndGivesTheTextItselfWhenNothingIsSecret() {
        String key = TestKeys.newKeyValue();
        String text = " and then some words\n";

        assertSame(text, secrets.redactEverything("the key " + key, text));
        assertSame(text, secrets.redactEverything("", text));
    }

    @Test
    void aRegisteredValueSplitBetweenContextAndTextKeepsItsLabel() {
        secrets.registerValue("hunter2-is-my-password", "db-password");

        assertEquals("[REDACTED db-password]!", secrets.redactEverything("say hunter2-is", "-my-password!"));
    }

    /**
     * The shape detectors search the shared text before the registry does, and a registered form is only passed over
     * when they found one of its characters missing. A value shorter than the scanner's known values is the registry's
     * alone; its characters (J, x, _, k, Q) are ones the detectors search for, here found.
     */
    @Test
    void aShortRegisteredValueIsFoundAfterTheDetectorsSearchedTheText() {
        secrets.registerValue("J7x_Qk", "pin");

        assertEquals("pin [REDACTED pin] accepted\n", secrets.redactEverything("  4217  SAP ECC  2023-11-14 22:13:20\n",
                "pin J7x_Qk accepted\n"));
    }
}
