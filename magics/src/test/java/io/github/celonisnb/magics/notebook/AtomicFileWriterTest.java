package io.github.celonisnb.magics.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path folder;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void leavesAnUnchangedFileAndItsModificationTimeAlone() throws Exception {
        Path file = Files.write(folder.resolve("a.ipynb"), bytes("{}\n"));
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);

        assertFalse(AtomicFileWriter.write(file, bytes("{}\n")));
        assertEquals(old, Files.getLastModifiedTime(file));
    }

    @Test
    void replacesTheContentKeepsPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path file = Files.write(folder.resolve("a.ipynb"), bytes("{\"old\": 1}\n"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        assertTrue(AtomicFileWriter.write(file, bytes("{\"new\": 2}\n")));

        assertArrayEquals(bytes("{\"new\": 2}\n"), Files.readAllBytes(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void writesThroughASymbolicLinkAndKeepsTheLink() throws Exception {
        Path real = Files.write(folder.resolve("real.ipynb"), bytes("{}"));
        Path link = Files.createSymbolicLink(folder.resolve("link.ipynb"), real);

        assertTrue(AtomicFileWriter.write(link, bytes("{\"a\": 1}")));

        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(bytes("{\"a\": 1}"), Files.readAllBytes(real));
    }

    @Test
    void createsAFileThatDidNotExist() throws Exception {
        Path file = folder.resolve("new.ipynb");

        assertTrue(AtomicFileWriter.write(file, bytes("{}")));

        assertArrayEquals(bytes("{}"), Files.readAllBytes(file));
    }
}
