package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.celonisnb.kernel.testing.Corpus;

/**
 * nbstripout's own end-to-end cases through our command line: {@code sanitize --strip-outputs} with nbstripout's
 * arguments must give the same notebook (the same JSON) as nbstripout's expected file.
 */
class StripOutputsCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    static Stream<Arguments> cases() throws Exception {
        if (Corpus.find().isEmpty()) {
            // One case that skips itself with the reason, so the report says why nothing ran.
            return Stream.of(Arguments.of("(corpus missing)", "(corpus missing)", ""));
        }
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Corpus.require().resolve("nbstripout_expected/cases.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] columns = line.split("\t", -1);
                cases.add(Arguments.of(columns[0], columns[1], columns.length > 2 ? columns[2] : ""));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("cases")
    void givesTheSameNotebookAsNbstripout(String input, String expected, String arguments) throws Exception {
        Path corpus = Corpus.require();
        List<String> command = new ArrayList<>(List.of("sanitize", "--strip-outputs"));
        command.addAll(words(arguments));
        command.addAll(List.of("--stdout", corpus.resolve("notebooks").resolve(input).toString()));

        Cli.Result result = new Cli(home, home).run(command.toArray(String[]::new));

        assertEquals(0, result.exitCode(), result.err());
        JsonNode wanted = JSON.readTree(corpus.resolve("nbstripout_expected").resolve(expected).toFile());
        JsonNode actual = JSON.readTree(result.stdout());
        assertEquals(wanted, actual, () -> "expected " + wanted.toPrettyString() + "\nbut got "
                + actual.toPrettyString());
    }

    @Test
    void aNotebookThatNeedsNoStrippingKeepsItsBytesAndModificationTime(@TempDir Path work) throws Exception {
        Path nb = Files.copy(Corpus.require().resolve("notebooks/nbstripout__test_nochange.ipynb"),
                work.resolve("nochange.ipynb"), StandardCopyOption.COPY_ATTRIBUTES);
        byte[] before = Files.readAllBytes(nb);
        FileTime mtime = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(nb, mtime);

        Cli.Result result = new Cli(home, work).run("sanitize", "--strip-outputs", "nochange.ipynb");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(new String(before), Files.readString(nb));
        assertEquals(mtime, Files.getLastModifiedTime(nb));
    }

    @Test
    void nbstripoutsInvalidJsonCaseIsRejected() throws Exception {
        Path invalid = Corpus.require().resolve("notebooks/nbstripout__test_invalid_json.ipynb");

        Cli.Result result = new Cli(home, home).run("sanitize", "--strip-outputs", "--stdout", invalid.toString());

        assertEquals(2, result.exitCode());
        assertEquals(0, result.stdout().length);
    }

    /** nbstripout's arguments as the table writes them: split at spaces, a double-quoted group is one word. */
    static List<String> words(String arguments) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : arguments.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
