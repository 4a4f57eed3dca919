package io.github.celonisnb.kernel.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.magics.magic.MagicUsageException;

class ClasspathMagicsTest {

    @TempDir
    Path dir;

    private final List<String> added = new ArrayList<>();
    private final RecordingOutput out = new RecordingOutput();
    private final ClasspathMagics magics = new ClasspathMagics(added::add, out);

    @Test
    void jarsExpandsAGlobToTheJarsItMatchesInOrderAndSkipsOtherFiles() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("b.jar"), "");
        Files.writeString(lib.resolve("a.jar"), "");
        Files.writeString(lib.resolve("notes.txt"), "");

        magics.jars(List.of(lib + "/*"));

        assertEquals(List.of(lib.resolve("a.jar").toString(), lib.resolve("b.jar").toString()), added);
        assertEquals(List.of("Added to the class path: " + lib.resolve("a.jar"), "Added to the class path: " + lib.resolve("b.jar")),
                out.info);
    }

    @Test
    void jarsRefusesAPatternThatMatchesNoJar() {
        MagicUsageException e = assertThrows(MagicUsageException.class, () -> magics.jars(List.of(dir + "/*.jar")));
        assertEquals("%jars: no jar matches '" + dir + "/*.jar' (relative paths start at " + Path.of("").toAbsolutePath()
                + "). Check the path, or use %classpath for folders.", e.getMessage());
        assertEquals(List.of(), added);
    }

    @Test
    void classpathAddsFoldersAndSaysSo() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));

        magics.classpath(List.of(classes.toString()));

        assertEquals(List.of(classes.toString()), added);
        assertEquals(List.of("Added to the class path: " + classes + " (folder)"), out.info);
    }

    @Test
    void helpPrintsTheUsageAndAddsNothing() throws Exception {
        magics.jars(List.of("--help"));

        assertEquals(List.of(), added);
        assertTrue(out.info.get(0).startsWith("Usage: %jars [-h] PATTERN..."), out.info.get(0));
        assertTrue(out.info.get(0).contains("Add jar files to the class path of this kernel's cells."), out.info.get(0));
    }

    @Test
    void missingArgumentsAreNamedWithAPointerToHelp() {
        MagicUsageException e = assertThrows(MagicUsageException.class, () -> magics.classpath(List.of()));
        assertEquals("Missing required parameter: 'PATTERN'\nRun %classpath --help for the usage.", e.getMessage());
    }
}
