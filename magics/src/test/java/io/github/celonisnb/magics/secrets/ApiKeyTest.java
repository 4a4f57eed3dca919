package io.github.celonisnb.magics.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {

    @Test
    void revealsTheKeyWithSurroundingWhitespaceRemoved() {
        String value = TestKeys.newKeyValue();
        assertEquals(value, ApiKey.of("  " + value + "\r\n").reveal());
    }

    @Test
    void reportsTheLengthOfTheKey() {
        assertEquals(108, TestKeys.newKey().length());
    }

    @Test
    void showsOnlyTheLengthInToString() {
        ApiKey key = TestKeys.newKey();
        assertEquals("ApiKey[redacted, 108 chars]", key.toString());
    }

    @Test
    void equalsAKeyWithTheSameValueOnly() {
        String value = TestKeys.newKeyValue();
        assertEquals(ApiKey.of(value), ApiKey.of(value));
        assertNotEquals(ApiKey.of(value), ApiKey.of(TestKeys.newKeyValue()));
        assertNotEquals(ApiKey.of(value), value);
    }

    @Test
    void hashesByLengthAlone() {
        assertEquals(TestKeys.newKey().hashCode(), TestKeys.newKey().hashCode());
        assertEquals(Integer.hashCode(108), TestKeys.newKey().hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\r\n  "})
    void rejectsAnEmptyOrBlankValue(String value) {
        InvalidApiKeyException e = assertThrows(InvalidApiKeyException.class, () -> ApiKey.of(value));
        assertEquals("The key is empty", e.getMessage());
        assertEquals(InvalidApiKeyException.Problem.EMPTY, e.problem());
        assertEquals(0, e.position());
    }

    @Test
    void rejectsWhitespaceInsideTheKeyNamingItsPosition() {
        String value = TestKeys.newKeyValue();
        String broken = value.substring(0, 16) + " " + value.substring(16);
        InvalidApiKeyException e = assertThrows(InvalidApiKeyException.class, () -> ApiKey.of(broken));
        assertEquals("The key contains whitespace at position 17; a Celonis key is one unbroken token",
                e.getMessage());
        assertEquals(InvalidApiKeyException.Problem.WHITESPACE, e.problem());
        assertEquals(17, e.position());
    }

    @Test
    void countsPositionsFromTheFirstCharacterAfterLeadingWhitespace() {
        String value = TestKeys.newKeyValue();
        InvalidApiKeyException e = assertThrows(InvalidApiKeyException.class,
                () -> ApiKey.of("\n  " + value.substring(0, 3) + "\t" + value.substring(3)));
        assertEquals(4, e.position());
    }

    @Test
    void rejectsANonBreakingSpaceAsWhitespace() {
        InvalidApiKeyException e = assertThrows(InvalidApiKeyException.class, () -> ApiKey.of("abc\u00a0def"));
        assertEquals(InvalidApiKeyException.Problem.WHITESPACE, e.problem());
    }

    @Test
    void rejectsAControlCharacterNamingItsPosition() {
        InvalidApiKeyException e = assertThrows(InvalidApiKeyException.class, () -> ApiKey.of("abcd\u001b[0m"));
        assertEquals("The key contains a control character at position 5; a Celonis key is one unbroken token",
                e.getMessage());
        assertEquals(InvalidApiKeyException.Problem.CONTROL_CHARACTER, e.problem());
    }

    @Test
    void rejectsANonAsciiCharacterNamingItsPosition() {
        InvalidApiKeyException e = assertThrows(InvalidApiKeyException.class, () -> ApiKey.of("ab\u00e9cd"));
        assertEquals("The key contains a non-ASCII character at position 3; a Celonis key is one unbroken"
                + " token of ASCII letters, digits and punctuation", e.getMessage());
        assertEquals(InvalidApiKeyException.Problem.NON_ASCII, e.problem());
    }

    @Test
    void neverEchoesTheValueInARejection() {
        String value = TestKeys.newKeyValue();
        for (String broken : new String[] {value + " " + value, value + "\u0000", value + "\u00e9"}) {
            InvalidApiKeyException e = assertThrows(InvalidApiKeyException.class, () -> ApiKey.of(broken));
            assertFalse(e.getMessage().contains(value.substring(0, 8)));
        }
    }

    @Test
    void refusesNull() {
        assertThrows(NullPointerException.class, () -> ApiKey.of(null));
    }
}
