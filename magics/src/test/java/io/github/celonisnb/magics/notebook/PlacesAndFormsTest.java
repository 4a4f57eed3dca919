package io.github.celonisnb.magics.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every printed form of a secret, in every place of a notebook, in several writers' styles. */
class PlacesAndFormsTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        int n = 0;
        for (Planting.Place place : Planting.Place.values()) {
            for (Planting.Form form : Planting.Form.values()) {
                TestJson.Style style = TestJson.Style.ALL.get(n++ % TestJson.Style.ALL.size());
                cases.add(Arguments.of(place, form, style));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} holding {1}")
    @MethodSource("cases")
    void aSecretInThisPlaceAndFormIsRedactedAndNothingElseChanges(Planting.Place place, Planting.Form form,
            TestJson.Style style) {
        Planting.Keys keys = Planting.Keys.generate(new Random(place.ordinal() * 100L + form.ordinal()));
        String payload = form.render(keys);
        byte[] input = TestJson.write(place.build(payload), style);
        byte[] filler = TestJson.write(place.build("x".repeat(payload.length())), style);

        SanitizeResult result = SanitizedNotebook.check(keys, input, filler);

        assertFalse(result.findings().isEmpty());
        for (NotebookFinding finding : result.findings()) {
            assertEquals(place.location().cell(), finding.cell(), "cell");
            assertEquals(place.location().output(), finding.output(), "output");
            assertTrue(finding.path().startsWith(place.location().pathPrefix()), finding.path());
            if (place.redactsAnyValue()) {
                assertEquals("widget-password", finding.kind());
            }
        }
    }
}
