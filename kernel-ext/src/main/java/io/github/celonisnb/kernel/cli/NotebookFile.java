package io.github.celonisnb.kernel.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A notebook to process: where it is, and the name reports show for it (the path as the user gave it, or that path
 * joined with the file's place under a directory the user gave).
 *
 * @param path  absolute path
 * @param shown the name to print
 */
record NotebookFile(Path path, String shown) {

    NotebookFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(shown, "shown");
    }
}
