package io.github.celonisnb.kernel.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.magics.magic.MagicUsageException;

class LoadMagicTest {

    @TempDir
    Path dir;

    private final List<String> queued = new ArrayList<>();
    private final LoadMagic load = new LoadMagic(code -> "<" + code + ">", queued::add, new RecordingOutput());

    @Test
    void queuesAScriptWholeAfterTranspilingIt() throws Exception {
        Path script = Files.writeString(dir.resolve("setup.jsh"), "int x = 1;\n%jars lib/*.jar\n");

        load.load(List.of(script.toString()));

        assertEquals(List.of("<int x = 1;\n%jars lib/*.jar\n>"), queued);
    }

    @Test
    void queuesEachNonEmptyCodeCellOfANotebook() throws Exception {
        Path nb = Files.writeString(dir.resolve("helpers.ipynb"), "{\"cells\": ["
                + "{\"cell_type\": \"markdown\", \"source\": \"# title\"},"
                + "{\"cell_type\": \"code\", \"source\": [\"int a = 1;\\n\", \"int b = 2;\"]},"
                + "{\"cell_type\": \"code\", \"source\": \"  \"},"
                + "{\"cell_type\": \"code\", \"source\": \"a + b\"}], \"nbformat\": 4, \"nbformat_minor\": 5}");

        load.load(List.of(nb.toString()));

        assertEquals(List.of("<int a = 1;\nint b = 2;>", "<a + b>"), queued);
    }

    @Test
    void refusesAFileThatIsNotJava() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        MagicUsageException e = assertThrows(MagicUsageException.class, () -> load.load(List.of(text.toString())));
        assertEquals("%load: " + text + " is not Java code: give a .jsh, .jshell, .java, .ijava or .ipynb file.", e.getMessage());
    }

    @Test
    void refusesAMissingFileWithItsAbsolutePath() {
        MagicUsageException e = assertThrows(MagicUsageException.class, () -> load.load(List.of("missing.jsh")));
        assertEquals("%load: " + Path.of("missing.jsh").toAbsolutePath() + " is not a file. Check the path.", e.getMessage());
    }
}
