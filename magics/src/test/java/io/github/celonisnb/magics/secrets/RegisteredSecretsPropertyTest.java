package io.github.celonisnb.magics.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Finding each form through its rarest character finds every occurrence of every form, as comparing every form at
 * every position does: values of a few letters, capitals, digits and URL-special characters, planted in text of the
 * same characters, make occurrences (overlapping ones among them) common.
 */
class RegisteredSecretsPropertyTest {

    private static final String ALPHABET = "abQZ9 /+=\"";

    @Provide
    Arbitrary<List<String>> values() {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(4).ofMaxLength(10).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars(ALPHABET + "%2BF3D\\").ofMaxLength(80);
    }

    @Property(tries = 2000)
    void everyOccurrenceOfEveryFormIsFound(@ForAll("values") List<String> values, @ForAll("noise") String noise,
                                           @ForAll long seed) {
        RegisteredSecrets secrets = RegisteredSecrets.EMPTY;
        List<String> forms = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            secrets = secrets.plus(values.get(v), "secret-" + v);
            for (String form : SecretEncodings.formsOf(values.get(v))) {
                if (!forms.contains(form)) {
                    forms.add(form);
                }
            }
        }
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(noise);
        for (String form : forms) {
            if (random.nextBoolean()) {
                text.insert(random.nextInt(text.length() + 1), form);
            }
        }
        List<String> everyPosition = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            for (String form : forms) {
                if (text.toString().startsWith(form, at)) {
                    everyPosition.add(at + "-" + (at + form.length()));
                }
            }
        }
        List<String> found = secrets.matches(text.toString()).stream()
                .sorted(Comparator.comparingInt(RegisteredSecrets.Span::start).thenComparingInt(RegisteredSecrets.Span::end))
                .map(span -> span.start() + "-" + span.end()).toList();
        everyPosition.sort(Comparator.comparingInt((String s) -> Integer.parseInt(s.split("-")[0]))
                .thenComparingInt(s -> Integer.parseInt(s.split("-")[1])));
        assertEquals(everyPosition, found, text.toString());
    }
}
