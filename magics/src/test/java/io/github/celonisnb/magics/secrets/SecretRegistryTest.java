package io.github.celonisnb.magics.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.magics.secrets.detect.CharacterRarity;
import io.github.celonisnb.magics.testing.TestKeys;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SecretRegistryTest {

    private final SecretRegistry registry = new SecretRegistry();

    @Test
    void redactsEveryRawOccurrenceOfARegisteredKey() {
        ApiKey key = TestKeys.newKey();
        registry.register(key, "celonis-app-key");
        String text = "key=" + key.reveal() + "\nagain " + key.reveal();
        assertEquals("key=[REDACTED celonis-app-key]\nagain [REDACTED celonis-app-key]", registry.redact(text));
    }

    @Test
    void redactsTheJsonFormWithEscapedSlashes() {
        String value = TestKeys.newTokenWithSlashAndPlus();
        registry.registerValue(value, "celonis-user-key");
        String json = "{\"api_token\": \"" + value.replace("/", "\\/") + "\"}";
        assertEquals("{\"api_token\": \"[REDACTED celonis-user-key]\"}", registry.redact(json));
    }

    @Test
    void redactsTheJsonFormWithEscapedQuotesAndBackslashes() {
        registry.registerValue("pa\"ss\\word", "secret");
        assertEquals("\"[REDACTED secret]\"", registry.redact("\"pa\\\"ss\\\\word\""));
    }

    /** Gson, on every Java notebook's class path, writes = < > & ' as escapes of their code by default. */
    @Test
    void redactsAValueAsGsonWritesIt() {
        String value = "Tr0ub4dor&3=horse<battery" + TestKeys.newTokenWithSlashAndPlus().substring(0, 4);
        registry.registerValue(value, "secret");
        // What new Gson().toJson(Map.of("db", value)) gives.
        String gson = "{\"db\":\"" + value.replace("&", "\\u0026").replace("=", "\\u003d").replace("<", "\\u003c")
                + "\"}";

        assertEquals("{\"db\":\"[REDACTED secret]\"}", registry.redactEverything(gson));
    }

    /** JSON inside JSON, .NET's upper-case escapes, and HTML writers that escape '/' as a decimal reference. */
    @Test
    void redactsValuesAsOtherWritersEscapeThem() {
        String tail = TestKeys.newTokenWithSlashAndPlus().substring(0, 4);
        registry.registerValue("r7=UaQ&'x" + tail, "secret");
        registry.registerValue("Hq7+Lm2pZr9+Wx4s" + tail, "secret");
        registry.registerValue("Xk9mP2vL/Qw7zR'4tY\"bN=Zq" + tail, "secret");

        String gsonTwice = "\"{\\\"p\\\":\\\"r7\\\\u003dUaQ\\\\u0026\\\\u0027x" + tail + "\\\"}\"";
        assertEquals("\"{\\\"p\\\":\\\"[REDACTED secret]\\\"}\"", registry.redactEverything(gsonTwice));
        String dotnet = "resp: \"Hq7\\u002BLm2pZr9\\u002BWx4s" + tail.replace("+", "\\u002B") + "\"";
        assertEquals("resp: \"[REDACTED secret]\"", registry.redactEverything(dotnet));
        String html = "<td>Xk9mP2vL&#47;Qw7zR&#39;4tY&quot;bN=Zq" + tail.replace("/", "&#47;") + "</td>";
        assertEquals("<td>[REDACTED secret]</td>", registry.redactEverything(html));
    }

    @Test
    void redactsUrlEncodedFormsInUpperAndLowerCaseHex() {
        String value = TestKeys.newTokenWithSlashAndPlus();
        registry.registerValue(value, "celonis-app-key");
        String upper = URLEncoder.encode(value, StandardCharsets.UTF_8);
        String lower = upper.replace("%2B", "%2b").replace("%2F", "%2f");
        assertEquals("?t=[REDACTED celonis-app-key]&u=[REDACTED celonis-app-key]",
                registry.redact("?t=" + upper + "&u=" + lower));
    }

    /** Python's urllib.parse.quote() percent-encodes '+' and '=' but leaves '/' as it is. */
    @Test
    void redactsThePercentEncodingThatLeavesSlashesAsTheyAre() {
        String value = TestKeys.newTokenWithSlashAndPlus();
        registry.registerValue(value, "secret");
        String quoted = value.replace("+", "%2B").replace("=", "%3D");
        String lower = value.replace("+", "%2b").replace("=", "%3d");
        String expected = "u=[REDACTED secret] v=[REDACTED secret]";
        assertEquals(expected, registry.redact("u=" + quoted + " v=" + lower));
        assertEquals(expected, registry.redactEverything("u=" + quoted + " v=" + lower));
    }

    @Test
    void redactsTheFormEncodingOfASpaceAsPlus() {
        registry.registerValue("open sesame", "secret");
        assertEquals("p=[REDACTED secret] q=[REDACTED secret]", registry.redact("p=open+sesame q=open%20sesame"));
    }

    /** A form is searched for through its rarest character: a capital before a lower-case letter, a digit last. */
    @Test
    void aFormIsFoundThroughItsRarestCharacter() {
        assertEquals(2, CharacterRarity.rarestIndex("e0Qa1"));
        assertEquals(1, CharacterRarity.rarestIndex("eza"));
        assertEquals(0, CharacterRarity.rarestIndex("Ze9Z"));
        assertEquals(3, CharacterRarity.rarestIndex("0 a\u00e9"));
    }

    @Test
    void labelsAnOverlapByTheLongestMatch() {
        String key = TestKeys.newKeyValue();
        registry.registerValue(key.substring(10, 30), "secret");
        registry.registerValue(key, "celonis-app-key");
        assertEquals("<[REDACTED celonis-app-key]>", registry.redact("<" + key + ">"));
    }

    @Test
    void redactsOverlappingSecretsAsOneStretch() {
        registry.registerValue("abcdef", "first");
        registry.registerValue("defghi", "second");
        assertEquals("x[REDACTED first]y", registry.redact("xabcdefghiy"));
    }

    @Test
    void keepsTheFirstLabelWhenAValueIsRegisteredTwice() {
        registry.registerValue("hunter22", "secret");
        registry.registerValue("hunter22", "celonis-app-key");
        assertEquals("[REDACTED secret]", registry.redact("hunter22"));
    }

    @Test
    void returnsTheSameStringWhenNothingIsRegistered() {
        String text = "nothing to see";
        assertSame(text, registry.redact(text));
    }

    @Test
    void returnsTheSameStringWhenNoSecretOccurs() {
        registry.register(TestKeys.newKey(), "celonis-app-key");
        String text = "nothing to see";
        assertSame(text, registry.redact(text));
    }

    @Test
    void tellsWhetherTextContainsASecret() {
        String value = TestKeys.newTokenWithSlashAndPlus();
        registry.registerValue(value, "secret");
        assertTrue(registry.containsSecret("x" + value.replace("/", "\\/")));
        assertFalse(registry.containsSecret(value.substring(1)));
    }

    @Test
    void knowsTheLengthOfTheLongestForm() {
        assertEquals(0, registry.longestForm());
        registry.registerValue("a/b/", "secret");
        assertEquals("a%2Fb%2F".length(), registry.longestForm());
    }

    @Test
    void isEmptyUntilSomethingIsRegistered() {
        assertTrue(registry.isEmpty());
        registry.registerValue("abcd", "secret");
        assertFalse(registry.isEmpty());
    }

    @Test
    void refusesASecretTooShortToRedactSafely() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.registerValue("abc", "secret"));
        assertEquals("A secret must be at least 4 characters long to be redacted without hiding ordinary text"
                + " (this one has 3)", e.getMessage());
    }

    @Test
    void refusesALabelThatIsNotAPlainName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.registerValue("abcdef", "my key]"));
        assertEquals("A secret's label must be 1 to 64 letters, digits, dots, dashes or underscores, starting"
                + " with a letter or digit, e.g. celonis-app-key", e.getMessage());
    }

    @Test
    void showsNoValueInToString() {
        registry.registerValue("abcdef", "secret");
        assertEquals("SecretRegistry[longest form 6 chars]", registry.toString());
    }

    @Test
    void registersFromManyThreadsWithoutLosingASecret() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> values = new ArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String value = TestKeys.newKeyValue();
            values.add(value);
            done.add(pool.submit(() -> registry.registerValue(value, "secret")));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        String text = String.join(" ", values);
        assertEquals(String.join(" ", java.util.Collections.nCopies(64, "[REDACTED secret]")), registry.redact(text));
    }
}
