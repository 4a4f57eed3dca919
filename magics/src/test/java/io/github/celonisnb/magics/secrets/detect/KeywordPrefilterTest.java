package io.github.celonisnb.magics.secrets.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KeywordPrefilterTest {

    private final KeywordPrefilter filter = new KeywordPrefilter("pass", "pwd", "token", "secret", "key");

    @Test
    void findsEachKeywordInAnyLetterCaseAtEitherEndOfTheText() {
        for (String text : new String[] {"token=1", "x TOKEN", "MyToKeN", "Secret", "db_PASS:", "pwd", "apiKey",
            "SECRET_KEY"}) {
            assertTrue(filter.anyIn(text), text);
        }
    }

    @Test
    void findsAKeywordWrittenWithTheKelvinSignThatLowerCasesToK() {
        assertTrue(filter.anyIn("to\u212Aen = abc"));
        assertTrue(new KeywordPrefilter("appkey").anyIn("APP\u212AEY"));
    }

    @Test
    void saysNoForTextWithoutTheKeywords() {
        assertFalse(filter.anyIn("  4217  SAP ECC - Order to Cash   2023-11-14 22:13:20   CONFIGURED"));
        assertFalse(filter.anyIn(""));
        assertFalse(filter.anyIn("tok en, sec ret, pas s, ke y"));
    }

    @Test
    void refusesAKeywordThatIsNotLowerCaseAscii() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new KeywordPrefilter("Token"));
        assertEquals("A keyword must be lower-case ASCII with a letter in it: Token", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new KeywordPrefilter("123"));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("pass", "pwd", "token", "secret", "key", "PaSs", "tOKEN", "sEcReT", "KEY", "to\u212Aen"),
                Arbitraries.strings().withChars("passwordtokensecretkyPTSKE \u212A\u0130\u00df:=_").ofMaxLength(8));
        return piece.list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    /** The filter says yes exactly where the text in lower case, character by character, holds a keyword. */
    @Property(tries = 2000)
    void agreesWithSearchingTheTextLowerCasedCharacterByCharacter(@ForAll("texts") String text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.chars().forEach(c -> lower.append(Character.toLowerCase((char) c)));
        boolean expected = false;
        for (String keyword : new String[] {"pass", "pwd", "token", "secret", "key"}) {
            expected |= lower.indexOf(keyword) >= 0;
        }
        assertEquals(expected, filter.anyIn(text), text.toUpperCase(Locale.ROOT));
    }
}
