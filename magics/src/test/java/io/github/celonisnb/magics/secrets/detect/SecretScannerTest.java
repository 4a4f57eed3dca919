package io.github.celonisnb.magics.secrets.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecretScannerTest {

    private static final String MARK = "[REDACTED celonis-app-key]";

    private final TestKeys.Parts parts = TestKeys.parts(new Random(3));
    private final String key = parts.key();
    private final SecretScanner scanner = new SecretScanner(List.of(new KnownSecret("celonis-app-key", key)));

    @Test
    void redactsEveryDerivedFormOfAKnownKeyWithItsLabel() {
        for (SecretForm form : SecretForms.of(new KnownSecret("celonis-app-key", key))) {
            String text = "value: " + form.text() + " end";
            assertEquals("value: " + MARK + " end", scanner.redact(text), form.toString());
        }
    }

    /**
     * A value printed whole is redacted with its own label when another known value begins or ends with it (that one's
     * printed prefix or suffix covers the same characters). Which of the two the search reports first depends on the
     * characters the text holds, so the texts around it vary those.
     */
    @Test
    void aValuePrintedWholeKeepsItsLabelWhenALongerKnownValueBeginsOrEndsWithIt() {
        String value = parts.secret().substring(0, 13);
        SecretScanner both = new SecretScanner(List.of(new KnownSecret("longer-after", value + "k"),
                new KnownSecret("longer-before", "k" + value), new KnownSecret("printed", value)));
        for (String around : List.of("", "key ", "zK_ ", "xJ@= ")) {
            for (String printed : List.of(value, value.substring(0, 6) + "\n" + value.substring(6))) {
                String text = around + printed;
                assertEquals(List.of(new Finding(around.length(), text.length(), "printed")), both.scan(text), text);
            }
        }
    }

    @Test
    void redactsAKeyWrappedAcrossLinesAtAnyWidth() {
        for (int width : new int[] {1, 7, 64, 76}) {
            for (String lineBreak : List.of("\n", "\r\n")) {
                String text = "key:\n" + SecretForms.wrap(key, width, lineBreak) + "\ndone";
                assertEquals("key:\n" + MARK + "\ndone", scanner.redact(text), "width " + width);
            }
        }
    }

    @Test
    void redactsPrintedPrefixesAndSuffixesOfTwelveOrMoreCharacters() {
        String printed = "token " + key.substring(0, 15) + "..." + key.substring(key.length() - 5) + " loaded";
        String suffix = "ends with " + key.substring(key.length() - 12);
        String secretPrefix = "secret starts " + parts.secret().substring(0, 12) + "...";

        assertEquals("token " + MARK + "..." + key.substring(key.length() - 5) + " loaded", scanner.redact(printed));
        assertEquals("ends with " + MARK, scanner.redact(suffix));
        assertEquals("secret starts " + MARK + "...", scanner.redact(secretPrefix));
    }

    @Test
    void redactingWhatItFindsLeavesNothingToFindEvenWhenARedactionUncoversACredential() {
        String basic = Base64.getEncoder().encodeToString(("analyst:" + key).getBytes(StandardCharsets.US_ASCII));
        String text = "caf\u00e9  Authorization: Basic " + basic + "k=model.fit()";

        String once = scanner.redact(text);

        assertEquals(List.of(), scanner.scan(once), once);
        assertEquals(once, scanner.redact(once));
        assertFalse(once.contains(basic.substring(0, 8)), once);
    }

    @Test
    void leavesPrefixesShorterThanTwelveCharacters() {
        String text = "token " + key.substring(0, 11) + "...";

        assertEquals(text, scanner.redact(text));
    }

    @Test
    void redactsAKnownPasswordInItsHtmlAndUrlForms() {
        SecretScanner withPassword = new SecretScanner(List.of(new KnownSecret("db-password", "s3cr3t&<pass>")));

        assertEquals("<td>[REDACTED db-password]</td>", withPassword.redact("<td>s3cr3t&amp;&lt;pass&gt;</td>"));
        assertEquals("?pw=[REDACTED db-password]", withPassword.redact("?pw=s3cr3t%26%3Cpass%3E"));
    }

    @Test
    void aKeyInsideBasicCredentialsIsRedactedAsTheKnownKey() {
        String basic = Base64.getEncoder().encodeToString(("analyst:" + key).getBytes(StandardCharsets.US_ASCII));

        assertEquals("Authorization: Basic " + MARK, scanner.redact("Authorization: Basic " + basic));
    }

    @Test
    void mergesOverlappingFindingsUnderTheMostSpecificKind() {
        String header = "Authorization: AppKey " + key;

        assertEquals(List.of(new Finding(22, 130, "celonis-app-key")), scanner.scan(header));
        assertEquals(List.of(new Finding(22, 130, "celonis-key")), SecretScanner.shapesOnly().scan(header));
    }

    @Test
    void mergesTouchingFindingsIntoOneMark() {
        String other = TestKeys.celonisKey(new Random(4));

        assertEquals(MARK, scanner.redact(key + other));
    }

    @Test
    void redactingTwiceGivesTheSameTextAsRedactingOnce() {
        String text = "api_token = '" + key + "'\nAuthorization: AppKey " + key + "\npassword = \"bar\"";
        String once = scanner.redact(text);

        assertEquals("api_token = '" + MARK + "'\nAuthorization: AppKey " + MARK
                + "\npassword = \"[REDACTED secret-assignment]\"", once);
        assertEquals(once, scanner.redact(once));
        assertEquals(List.of(), scanner.scan(once));
    }

    @Test
    void scanFieldReportsValuesOfSecretNamedFields() {
        assertEquals(List.of(new Finding(0, 3, "secret-assignment")), scanner.scanField("password", "bar"));
        assertEquals(List.of(new Finding(0, 20, "secret-assignment")),
                scanner.scanField("CELONIS_API_TOKEN", "abcdefghij0123456789"));
        assertEquals(List.of(new Finding(7, 115, "celonis-app-key")), scanner.scanField("Authorization", "AppKey " + key));
        assertEquals(List.of(new Finding(7, 27, "authorization-header")),
                SecretScanner.shapesOnly().scanField("authorization", "Bearer abcdefghij0123456789"));
        assertEquals(List.of(), scanner.scanField("api_token", "your_api_token"));
        assertEquals(List.of(), scanner.scanField("value", "bar"));
        assertEquals(List.of(), scanner.scanField("password", "[REDACTED secret-assignment]"));
    }

    @Test
    void applyingFindingsRejectsOverlappingRanges() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SecretScanner.redact(
                "abcdefghij", List.of(new Finding(0, 5, "x"), new Finding(3, 8, "y"))));

        assertEquals("Findings must be sorted, non-overlapping and inside the text", e.getMessage());
    }

    @Test
    void countsItsKnownSecrets() {
        assertEquals(1, scanner.knownSecretCount());
        assertEquals(0, SecretScanner.shapesOnly().knownSecretCount());
    }

    @Test
    void finishesPromptlyOnInputsThatDefeatBacktrackingMatchers() {
        List<String> hostile = List.of(
                "password=".repeat(100_000),
                "token=\"".repeat(100_000),
                "a".repeat(1_000_000),
                "=".repeat(1_000_000),
                ":".repeat(1_000_000),
                "M".repeat(1_000_000),
                "MTIz".repeat(250_000),
                "Authorization: ".repeat(50_000),
                "authorization ".repeat(50_000),
                "bAsIc ".repeat(100_000),
                "Bearer ".repeat(100_000),
                "eyJ".repeat(300_000) + ".eyJ",
                "-----BEGIN RSA PRIVATE KEY-----\n".repeat(20_000),
                "sk-".repeat(300_000),
                "://".repeat(300_000),
                key.substring(0, 12).repeat(50_000));
        for (String text : hostile) {
            // Completing at all is the assertion: a backtracking matcher would not finish in a test run.
            scanner.scan(text);
        }
        assertFalse(hostile.isEmpty());
    }
}
