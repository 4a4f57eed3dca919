package io.github.celonisnb.magics.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonToken;
import io.github.celonisnb.magics.secrets.detect.KnownSecret;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real notebooks (nbformat 2 to 4.5, widgets, attachments, big images, v3 ASCII escapes) with a key planted into
 * their first source line and their last string, as written and with CRLF line ends.
 */
class CorpusPlantingTest {

    static Stream<Path> notebooks() {
        if (Corpus.find().isEmpty()) {
            // One case that skips itself with the reason, so the report says why nothing ran.
            return Stream.of(Path.of("(corpus missing)"));
        }
        return Corpus.validJsonNotebooks().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void aKeyPlantedIntoARealNotebookIsRedactedAndNothingElseChanges(Path path) {
        Corpus.require();
        byte[] original = Corpus.read(path);
        for (boolean crlf : new boolean[] {false, true}) {
            byte[] base = crlf ? new String(original, StandardCharsets.UTF_8).replace("\n", "\r\n")
                    .getBytes(StandardCharsets.UTF_8) : original;
            Planting.Keys keys = Planting.Keys.generate(new Random(path.getFileName().toString().hashCode()));
            String payload = " api = '" + keys.known().key() + "'";
            byte[] input = plant(base, payload);
            byte[] filler = plant(base, "x".repeat(payload.length()));

            SanitizeResult result = SanitizedNotebook.check(keys, input, filler);

            int planted = plantedTokens(base);
            assertEquals(planted, result.findings().size(), path.getFileName() + (crlf ? " with CRLF" : ""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void aRealNotebookHasNoFindingsEvenWithKnownSecretsLoaded(Path path) throws Exception {
        Corpus.require();
        Planting.Keys keys = Planting.Keys.generate(new Random(1));
        SecretScanner scanner = new SecretScanner(List.of(new KnownSecret("celonis-app-key", keys.known().key()),
                new KnownSecret("db-password", keys.password())));

        assertEquals(List.of(), new NotebookChecker(scanner).check(Corpus.read(path)));
    }

    /**
     * Appends {@code payload} to the first string under {@code source} or {@code input} (or the first string when
     * there is none) and to the last string of the file, re-encoding only those tokens.
     */
    static byte[] plant(byte[] notebook, String payload) {
        List<RawTokens.Token> tokens = RawTokens.of(notebook);
        int[] targets = targets(tokens);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < tokens.size(); i++) {
            RawTokens.Token token = tokens.get(i);
            out.writeBytes(token.gapBefore());
            if (i == targets[0] || i == targets[1]) {
                out.writeBytes(TestJson.write(token.text() + payload, TestJson.Style.MINIFIED_ESCAPED));
            } else {
                out.writeBytes(token.raw());
            }
        }
        return out.toByteArray();
    }

    private static int plantedTokens(byte[] notebook) {
        int[] targets = targets(RawTokens.of(notebook));
        return targets[0] == targets[1] ? 1 : 2;
    }

    private static int[] targets(List<RawTokens.Token> tokens) {
        int first = -1;
        int last = -1;
        String field = null;
        for (int i = 0; i < tokens.size(); i++) {
            RawTokens.Token token = tokens.get(i);
            if (token.type() == JsonToken.FIELD_NAME) {
                field = token.text();
            } else if (token.type() == JsonToken.VALUE_STRING) {
                if (first < 0 && ("source".equals(field) || "input".equals(field))) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            for (int i = 0; i < tokens.size() && first < 0; i++) {
                if (tokens.get(i).type() == JsonToken.VALUE_STRING) {
                    first = i;
                }
            }
        }
        assertTrue(first >= 0, "no string to plant into");
        return new int[] {first, last};
    }
}
