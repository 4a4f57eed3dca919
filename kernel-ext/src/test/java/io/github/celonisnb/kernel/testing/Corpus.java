package io.github.celonisnb.kernel.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shared corpus of public notebooks, read in place: from the folder named by the system property
 * {@value #LOCATION_PROPERTY}, or else the first {@code shared/corpus} found walking up from the working directory.
 * Tests that need it are skipped, saying so, when it is absent.
 */
public final class Corpus {

    /** Names the corpus folder explicitly. */
    public static final String LOCATION_PROPERTY = "celonisnb.corpus";

    private Corpus() {
    }

    /** The corpus folder, if there is one. */
    public static Optional<Path> find() {
        String override = System.getProperty(LOCATION_PROPERTY);
        if (override != null) {
            Path dir = Path.of(override);
            return Files.isDirectory(dir.resolve("notebooks")) ? Optional.of(dir) : Optional.empty();
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate.resolve("notebooks"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The corpus folder; skips the calling test, saying why, when it is missing. */
    public static Path require() {
        Optional<Path> corpus = find();
        assumeTrue(corpus.isPresent(), "Skipped because the notebook corpus is missing: no shared/corpus was found"
                + " above " + System.getProperty("user.dir") + " (set -D" + LOCATION_PROPERTY + "=DIR to point to it).");
        return corpus.get();
    }

    /** Every notebook of the corpus, sorted by name. */
    public static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(require().resolve("notebooks"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        }
    }
}
