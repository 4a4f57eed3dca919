package io.github.celonisnb.magics.notebook;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated keys, planted in every printed form into every place of generated notebooks written in generated
 * styles: nothing secret may be left, the result must be valid JSON, every byte outside the planted string tokens
 * must be unchanged, and sanitizing again must change nothing.
 */
class SanitizerPropertyTest {

    /** One generated case: the notebook's seed, which slots get a secret, in which form, and the file's style. */
    record Plan(long seed, long plantSeed, TestJson.Style style) {
    }

    @Provide
    Arbitrary<TestJson.Style> styles() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.of("\n", "\r\n"),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 7), Arbitraries.of(true, false))
                .as(TestJson.Style::new);
    }

    @Provide
    Arbitrary<Plan> plans() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs(), styles()).as(Plan::new);
    }

    @Property(tries = 100)
    void plantedSecretsAreRemovedAndNothingElseChanges(@ForAll("plans") Plan plan) {
        Random planting = new Random(plan.plantSeed());
        Planting.Keys keys = Planting.Keys.generate(planting);
        List<GeneratedNotebooks.SlotKind> kinds = GeneratedNotebooks.build(plan.seed(), k -> "slot").getValue();
        List<String> contents = new ArrayList<>();
        boolean plantedAny = false;
        for (GeneratedNotebooks.SlotKind kind : kinds) {
            boolean plant = kind == GeneratedNotebooks.SlotKind.PASSWORD_WIDGET || planting.nextInt(3) == 0;
            if (plant) {
                Planting.Form[] forms = Planting.Form.values();
                contents.add(forms[planting.nextInt(forms.length)].render(keys));
                plantedAny = true;
            } else {
                contents.add(null);
            }
        }
        if (!plantedAny && !contents.isEmpty()) {
            contents.set(0, Planting.Form.RAW.render(keys));
        }
        Map.Entry<Object, List<GeneratedNotebooks.SlotKind>> planted = GeneratedNotebooks.build(plan.seed(),
                k -> contents.get(k) != null ? contents.get(k) : "plain words " + k);
        Map.Entry<Object, List<GeneratedNotebooks.SlotKind>> filler = GeneratedNotebooks.build(plan.seed(),
                k -> contents.get(k) != null ? "x".repeat(contents.get(k).length()) : "plain words " + k);

        byte[] input = TestJson.write(planted.getKey(), plan.style());
        SanitizeResult result = SanitizedNotebook.check(keys, input, TestJson.write(filler.getKey(), plan.style()));

        assertFalse(result.findings().isEmpty());
    }
}
