package io.github.celonisnb.magics.notebook;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus of public notebooks, read in place from {@code shared/corpus} beside the repository. Tests that
 * need it are skipped, saying so, when it is absent.
 */
public final class Corpus {

    /** Notebooks that are not valid JSON and must be rejected. */
    public static final List<String> INVALID_JSON = List.of("nbstripout__test_invalid_json.ipynb");

    private Corpus() {
    }

    /** Overrides where the corpus is looked for (used to check that tests skip cleanly without it). */
    public static final String LOCATION_PROPERTY = "celonisnb.corpus";

    /** The corpus folder, or empty when no parent of the working directory has a sibling {@code shared/corpus}. */
    public static java.util.Optional<Path> find() {
        String override = System.getProperty(LOCATION_PROPERTY);
        if (override != null) {
            Path dir = Paths.get(override);
            return Files.isDirectory(dir.resolve("notebooks")) ? java.util.Optional.of(dir) : java.util.Optional.empty();
        }
        for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
                dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate.resolve("notebooks"))) {
                return java.util.Optional.of(candidate);
            }
            Path sibling = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(sibling.resolve("notebooks"))) {
                return java.util.Optional.of(sibling);
            }
        }
        return java.util.Optional.empty();
    }

    /** The corpus folder; skips the calling test when it is missing. */
    public static Path require() {
        java.util.Optional<Path> corpus = find();
        assumeTrue(corpus.isPresent(), "Skipped: the notebook corpus (shared/corpus beside the repository) is"
                + " missing, so the corpus tests cannot run.");
        return corpus.get();
    }

    /** Every notebook file in the corpus, sorted by name. */
    public static List<Path> notebooks() {
        Path dir = require().resolve("notebooks");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The notebooks that are valid JSON. */
    public static List<Path> validJsonNotebooks() {
        return notebooks().stream().filter(p -> !INVALID_JSON.contains(p.getFileName().toString())).toList();
    }

    public static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
