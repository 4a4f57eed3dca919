package io.github.celonisnb.magics.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusSanitizeTest {

    private final NotebookSanitizer sanitizer = new NotebookSanitizer(SecretScanner.shapesOnly());

    @Test
    void everyCorpusNotebookHasNoFindingsAndComesOutByteIdentical() throws Exception {
        List<Path> notebooks = Corpus.validJsonNotebooks();
        assertEquals(39, notebooks.size());
        for (Path notebook : notebooks) {
            byte[] bytes = Corpus.read(notebook);
            SanitizeResult result = sanitizer.sanitize(bytes);
            assertEquals(List.of(), result.findings(), notebook.getFileName().toString());
            assertSame(bytes, result.bytes(), notebook.getFileName().toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SanitizeReport report = sanitizer.sanitize(new ByteArrayInputStream(bytes), out);
            assertEquals(List.of(), report.findings(), notebook.getFileName().toString());
            assertArrayEquals(bytes, out.toByteArray(), notebook.getFileName().toString());
        }
    }
}
