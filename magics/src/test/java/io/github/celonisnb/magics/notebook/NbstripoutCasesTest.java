package io.github.celonisnb.magics.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** nbstripout's own end-to-end cases: our stripped notebook must be the same JSON as nbstripout's expected file. */
class NbstripoutCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> cases() throws IOException {
        if (Corpus.find().isEmpty()) {
            // One case that skips itself with the reason, so the report says why nothing ran.
            return Stream.of(Arguments.of("(corpus missing)", "(corpus missing)", ""));
        }
        Path corpus = Corpus.require();
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("nbstripout_expected").resolve("cases.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            cases.add(Arguments.of(columns[0], columns[1], columns.length > 2 ? columns[2] : ""));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("cases")
    void givesTheSameNotebookAsNbstripout(String input, String expected, String arguments) throws Exception {
        Path corpus = Corpus.require();
        byte[] notebook = Files.readAllBytes(corpus.resolve("notebooks").resolve(input));
        JsonNode wanted = JSON.readTree(corpus.resolve("nbstripout_expected").resolve(expected).toFile());

        StripResult result = new OutputStripper(options(arguments)).strip(notebook);

        // Compared as trees: key order and layout are the file's own in our output, sorted in nbstripout's.
        JsonNode actual = JSON.readTree(result.bytes());
        assertEquals(wanted, actual, () -> "expected " + wanted.toPrettyString() + "\nbut got "
                + actual.toPrettyString());
        assertEquals(List.of(), result.warnings());
    }

    /** nbstripout's command line, as the cases table writes it. */
    static StripOptions options(String arguments) {
        StripOptions options = StripOptions.defaults();
        List<String> words = words(arguments);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String value = word.contains("=") ? word.substring(word.indexOf('=') + 1) : null;
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            switch (name) {
                case "--keep-output" -> options = options.withKeepOutput(true);
                case "--keep-count" -> options = options.withKeepCount(true);
                case "--keep-id" -> options = options.withKeepId(true);
                case "--drop-empty-cells" -> options = options.withDropEmptyCells(true);
                case "--strip-init-cells" -> options = options.withStripInitCells(true);
                case "--drop-tagged-cells" -> options = options.withDropTaggedCells(
                        Arrays.asList((value != null ? value : words.get(++i)).split(" ")));
                case "--extra-keys" -> options = options.withExtraKeys(
                        Arrays.asList((value != null ? value : words.get(++i)).split(" ")));
                case "--keep-metadata-keys" -> options = options.withKeepMetadataKeys(
                        Arrays.asList((value != null ? value : words.get(++i)).split(" ")));
                case "--max-size" -> options = options.withMaxSize(
                        StripOptions.parseSize(value != null ? value : words.get(++i)));
                default -> throw new IllegalArgumentException("Unknown nbstripout option in cases.tsv: " + word);
            }
        }
        return options;
    }

    /** Splits at spaces; a double-quoted group is one word. */
    private static List<String> words(String arguments) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : arguments.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
