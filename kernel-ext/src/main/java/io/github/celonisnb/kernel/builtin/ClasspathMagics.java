package io.github.celonisnb.kernel.builtin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.github.celonisnb.magics.magic.MagicOutput;
import io.github.celonisnb.magics.magic.MagicUsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code %jars} and {@code %classpath}: add jars or folders to the class path of later snippets, as
 * IJava's magics of the same names do. Patterns are globs ({@code lib/*.jar}, {@code libs/**.jar}).
 */
public final class ClasspathMagics {

    private final Consumer<String> addToClasspath;
    private final MagicOutput out;

    /**
     * @param addToClasspath adds one absolute path to the snippets' class path
     */
    public ClasspathMagics(Consumer<String> addToClasspath, MagicOutput out) {
        this.addToClasspath = Objects.requireNonNull(addToClasspath, "addToClasspath");
        this.out = Objects.requireNonNull(out, "out");
    }

    @Command(name = "%jars", sortOptions = false, description = {
        "Add jar files to the class path of this kernel's cells.",
        "Each pattern is a jar, or a glob that matches jars (e.g. lib/*.jar); other files it matches are skipped."})
    static final class JarsArguments {
        @Parameters(paramLabel = "PATTERN", arity = "1..*", description = "A jar file or a glob of jar files.")
        List<String> patterns;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;
    }

    @Command(name = "%classpath", sortOptions = false, description = {
        "Add jars or class folders to the class path of this kernel's cells.",
        "Each pattern is a path or a glob; every file and folder it matches is added."})
    static final class ClasspathArguments {
        @Parameters(paramLabel = "PATTERN", arity = "1..*", description = "A jar, a folder of classes, or a glob.")
        List<String> patterns;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;
    }

    /** {@code %jars PATTERN...}; returns {@code null}, and prints each jar it added. */
    public Object jars(List<String> args) throws MagicUsageException, IOException {
        JarsArguments parsed = new JarsArguments();
        if (!MagicArguments.parse(parsed, args, out)) {
            return null;
        }
        List<Path> jars = new ArrayList<>();
        for (String pattern : parsed.patterns) {
            List<Path> matches = Globs.matchingFiles(pattern).stream()
                    .filter(p -> p.getFileName().toString().endsWith(".jar")).toList();
            if (matches.isEmpty()) {
                throw new MagicUsageException("%jars: no jar matches '" + pattern + "' (relative paths start at "
                        + Path.of("").toAbsolutePath() + "). Check the path, or use %classpath for folders.");
            }
            jars.addAll(matches);
        }
        add(jars);
        return null;
    }

    /** {@code %classpath PATTERN...}; returns {@code null}, and prints each entry it added. */
    public Object classpath(List<String> args) throws MagicUsageException, IOException {
        ClasspathArguments parsed = new ClasspathArguments();
        if (!MagicArguments.parse(parsed, args, out)) {
            return null;
        }
        List<Path> entries = new ArrayList<>();
        for (String pattern : parsed.patterns) {
            List<Path> matches = Globs.matchingPaths(pattern);
            if (matches.isEmpty()) {
                throw new MagicUsageException("%classpath: nothing matches '" + pattern + "' (relative paths start at "
                        + Path.of("").toAbsolutePath() + "). Check the path.");
            }
            entries.addAll(matches);
        }
        add(entries);
        return null;
    }

    private void add(List<Path> entries) {
        for (Path entry : entries) {
            Path absolute = entry.toAbsolutePath().normalize();
            addToClasspath.accept(absolute.toString());
            out.info("Added to the class path: " + absolute + (Files.isDirectory(absolute) ? " (folder)" : ""));
        }
    }
}
