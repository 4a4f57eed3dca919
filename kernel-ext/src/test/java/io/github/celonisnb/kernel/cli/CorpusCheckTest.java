package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.testing.Corpus;

/** No false alarms: the public corpus (images, widgets, tracebacks, attachments) holds no secret. */
class CorpusCheckTest {

    @Test
    void checkFindsNothingInTheCorpusAndNamesTheOneFileThatIsNotJson(@TempDir Path home) {
        Path notebooks = Corpus.require().resolve("notebooks");

        Cli.Result result = new Cli(home, notebooks).run("check", ".");

        assertEquals("", result.out());
        assertEquals("celonis-nb: nbstripout__test_invalid_json.ipynb: Not a valid notebook: the JSON is malformed at"
                + " line 33, column 1. Fix the file in a text editor or restore it from version control, then try"
                + " again.\n"
                + "no secrets in 39 notebooks checked; 1 could not be checked\n", result.err());
        assertEquals(2, result.exitCode());
    }
}
