package io.github.celonisnb.magics.secrets.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * ANSI escape codes of every form ECMA-48 gives them (control sequences, designations, codes of two characters, strings
 * such as a terminal hyperlink), between word characters, are read as one code from either end, and a text without an
 * escape character holds none.
 */
class AnsiCodePropertyTest {

    private static final String ESC = "\u001b";
    private static final String PARAMETERS = "0123456789:;<=>?";
    private static final String INTERMEDIATES = " !\"#$%&'()*+,-./";

    private static Arbitrary<String> chars(String from, int min, int max) {
        return Arbitraries.strings().withChars(from).ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<Character> range(char first, char last) {
        return Arbitraries.chars().range(first, last);
    }

    @Provide
    Arbitrary<String> codes() {
        Arbitrary<String> controlSequence = Combinators.combine(Arbitraries.of(ESC + "[", "\u009b"),
                chars(PARAMETERS, 0, 6), chars(INTERMEDIATES, 0, 2), range('@', '~'))
                .as((intro, parameters, intermediates, last) -> intro + parameters + intermediates + last);
        Arbitrary<String> designation = Combinators.combine(chars(INTERMEDIATES, 1, 2), range('0', '~'))
                .as((intermediates, last) -> ESC + intermediates + last);
        Arbitrary<String> twoCharacters = range('0', '~').filter(c -> "[]PX^_".indexOf(c) < 0).map(c -> ESC + c);
        Arbitrary<String> string = Combinators.combine(
                Arbitraries.of(ESC + "]", ESC + "P", ESC + "_", "\u009d", "\u0090"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80),
                Arbitraries.of("\u0007", ESC + "\\", "\u009c"))
                .as((intro, body, terminator) -> intro + body + terminator);
        return Arbitraries.oneOf(controlSequence, designation, twoCharacters, string);
    }

    @Property(tries = 3000)
    void aCodeIsReadWholeFromEitherEnd(@ForAll("codes") String code) {
        String text = "token" + code + "secret";
        int start = "token".length();
        int end = start + code.length();
        assertEquals(end, TextCursor.ansiEnd(text, start), printable(code));
        assertEquals(start, TextCursor.ansiStart(text, end), printable(code));
        assertEquals(end, TextCursor.skipBlanksAndAnsi(text, start), printable(code));
        assertEquals(start, TextCursor.skipBlanksAndAnsiBackward(text, end), printable(code));
    }

    @Property(tries = 1000)
    void textWithoutAnEscapeHoldsNoCode(@ForAll("plain") String text) {
        for (int i = 0; i <= text.length(); i++) {
            assertEquals(i, TextCursor.ansiEnd(text, i));
            assertEquals(i, TextCursor.ansiStart(text, i));
        }
    }

    @Provide
    Arbitrary<String> plain() {
        return Arbitraries.strings().ascii().ofMaxLength(30).map(s -> s.replace(ESC, ""));
    }

    private static String printable(String code) {
        return code.replace(ESC, "ESC").replace("\u009b", "CSI").replace("\u0007", "BEL");
    }
}
