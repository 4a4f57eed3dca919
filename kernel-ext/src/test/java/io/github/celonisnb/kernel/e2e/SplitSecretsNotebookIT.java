package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets the kernel was never told about, printed in pieces: through real Jupyter, which joins consecutive
 * stream messages into one output, the saved notebook holds each of them as one redaction mark.
 */
class SplitSecretsNotebookIT {

    private static final String LETTERS_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    static Path work;

    static JupyterHarness.Executed nb;
    static String key;
    static String bearer;
    static String password;
    static String privateKeyBody;

    private static String random(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(LETTERS_AND_DIGITS.charAt(RANDOM.nextInt(LETTERS_AND_DIGITS.length())));
        }
        return out.toString();
    }

    @BeforeAll
    static void run() throws Exception {
        key = Base64.getEncoder().withoutPadding().encodeToString(
                (UUID.randomUUID() + ":" + random(44)).getBytes(StandardCharsets.US_ASCII));
        bearer = random(30) + "42";
        password = random(14) + "9z";
        privateKeyBody = random(64);
        JupyterHarness jupyter = new JupyterHarness(work);
        // Plain variable names, so the kernel does not learn these values at start: only their shapes give them away.
        Path notebook = jupyter.notebookOf("split-secrets",
                "String k = System.getenv(\"NB_VALUE_A\");\n"
                        + "System.out.print(\"key \" + k.substring(0, 54)); System.out.flush(); Thread.sleep(300);\n"
                        + "System.out.println(k.substring(54));",
                "System.out.print(\"Authorization: Bearer \"); System.out.flush();\n"
                        + "System.out.println(System.getenv(\"NB_VALUE_B\"));",
                "System.out.print(\"password = \"); System.out.flush(); Thread.sleep(200);\n"
                        + "System.out.println(System.getenv(\"NB_VALUE_C\"));",
                "System.out.println(\"-----BEGIN PRIVATE KEY-----\"); System.out.flush();\n"
                        + "System.out.println(System.getenv(\"NB_VALUE_D\")); System.out.flush();\n"
                        + "System.out.println(\"-----END PRIVATE KEY-----\");",
                "System.out.print(\"loading model 1\");\ndisplay(\"loaded\");",
                "System.err.print(k.substring(0, 20)); System.err.flush(); System.err.println(k.substring(20));");
        nb = jupyter.run(notebook, Map.of("NB_VALUE_A", key, "NB_VALUE_B", bearer, "NB_VALUE_C", password,
                "NB_VALUE_D", privateKeyBody), false);
        assertTrue(nb.run().succeeded(), nb.run().log());
    }

    @Test
    void noPieceOfAnyOfTheSecretsIsInTheSavedNotebook() {
        String saved = new String(nb.bytes(), StandardCharsets.UTF_8);
        for (String piece : List.of(key.substring(0, 54), key.substring(54), key.substring(20), bearer, password,
                privateKeyBody)) {
            assertEquals(-1, saved.indexOf(piece), "a piece of a secret is in the saved notebook");
        }
    }

    @Test
    void eachSecretPrintedInPiecesIsOneMarkInTheOutput() {
        assertEquals("key [REDACTED celonis-key]\n", nb.stream(0, "stdout"));
        assertEquals("Authorization: Bearer [REDACTED authorization-header]\n", nb.stream(1, "stdout"));
        assertEquals("password = [REDACTED secret-assignment]\n", nb.stream(2, "stdout"));
        assertEquals("[REDACTED celonis-key]\n", nb.stream(5, "stderr"));
    }

    @Test
    void aPrivateKeyPrintedLineByLineKeepsNoneOfItsBody() {
        String text = nb.stream(3, "stdout");
        assertTrue(text.contains("[REDACTED private-key]"), text);
        assertEquals(-1, text.indexOf(privateKeyBody));
    }

    @Test
    void aLastWordHeldForItsContinuationIsShownBeforeTheDisplayThatFollows() {
        JsonNode outputs = nb.codeCells().get(4).path("outputs");
        assertEquals("stream", outputs.get(0).path("output_type").asText(), outputs.toString());
        assertEquals("loading model 1", nb.stream(4, "stdout"));
        assertEquals("display_data", outputs.get(1).path("output_type").asText(), outputs.toString());
    }
}
