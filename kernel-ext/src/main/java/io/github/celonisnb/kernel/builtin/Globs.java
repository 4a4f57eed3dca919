package io.github.celonisnb.kernel.builtin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.spencerpark.jupyter.kernel.util.GlobFinder;

/**
 * Expands class path patterns the way IJava does, with basekernel's {@link GlobFinder}: {@code *} and
 * {@code ?} within a name, {@code **} across folders. A pattern without wildcards is a plain path.
 */
public final class Globs {

    private Globs() {
    }

    /** Every file and folder the pattern matches, sorted. */
    public static List<Path> matchingPaths(String pattern) throws IOException {
        if (!isGlob(pattern)) {
            Path path = Path.of(pattern);
            return Files.exists(path) ? List.of(path) : List.of();
        }
        return sorted(new GlobFinder(pattern).computeMatchingPaths());
    }

    /** Every regular file the pattern matches, sorted. */
    public static List<Path> matchingFiles(String pattern) throws IOException {
        if (!isGlob(pattern)) {
            Path path = Path.of(pattern);
            return Files.isRegularFile(path) ? List.of(path) : List.of();
        }
        return sorted(new GlobFinder(pattern).computeMatchingFiles());
    }

    /**
     * Expands each entry of a class path list ({@code IJAVA_CLASSPATH}); an entry that matches nothing is
     * kept as written, as JShell accepts (and ignores) a path that does not exist yet.
     */
    public static List<String> expandClasspath(List<String> entries) throws IOException {
        List<String> expanded = new ArrayList<>();
        for (String entry : entries) {
            List<Path> matches = isGlob(entry) ? matchingPaths(entry) : List.of();
            if (matches.isEmpty()) {
                expanded.add(entry);
            } else {
                matches.forEach(p -> expanded.add(p.toAbsolutePath().toString()));
            }
        }
        return expanded;
    }

    static boolean isGlob(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    private static List<Path> sorted(Iterable<Path> paths) {
        List<Path> list = new ArrayList<>();
        paths.forEach(list::add);
        list.sort(null);
        return list;
    }
}
