package io.github.celonisnb.kernel.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.celonisnb.magics.notebook.AtomicFileWriter;

/**
 * One line in a gitattributes file: added once at the end, found, and removed again, leaving every other line (and
 * the file's line ends) as it was. Bytes are read as ISO-8859-1 so that any encoding comes back unchanged.
 */
final class AttributesFile {

    private final Path file;

    AttributesFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** Whether a line of the file is {@code line}, ignoring surrounding blanks. */
    boolean contains(String line) throws IOException {
        return lines().stream().anyMatch(l -> l.strip().equals(line));
    }

    /**
     * Appends {@code line} unless it is there already, creating the file (and its folder) when needed.
     *
     * @return whether the file changed
     */
    boolean add(String line) throws IOException {
        if (contains(line)) {
            return false;
        }
        String text = text();
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String separator = text.isEmpty() || text.endsWith("\n") ? "" : newline;
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        AtomicFileWriter.write(file, (text + separator + line + newline).getBytes(StandardCharsets.ISO_8859_1));
        return true;
    }

    /**
     * Removes every line that is {@code line}; deletes the file when nothing else is left in it.
     *
     * @return whether the file changed
     */
    boolean remove(String line) throws IOException {
        if (!contains(line)) {
            return false;
        }
        String text = text();
        StringBuilder kept = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end + 1;
            String current = text.substring(at, end);
            if (!current.strip().equals(line)) {
                kept.append(current);
            }
            at = end;
        }
        if (kept.length() == 0) {
            Files.delete(file);
        } else {
            AtomicFileWriter.write(file, kept.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        return true;
    }

    private List<String> lines() throws IOException {
        return Files.exists(file) ? text().lines().toList() : new ArrayList<>();
    }

    private String text() throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
    }
}
