package io.github.celonisnb.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.celonisnb.kernel.builtin.Globs;

/**
 * The kernel's settings, read from the same environment variables IJava reads, so a kernelspec
 * written for IJava works unchanged.
 *
 * @param classpath       {@code IJAVA_CLASSPATH}: path-separated jars or folders
 * @param compilerOptions {@code IJAVA_COMPILER_OPTS}: javac options separated by spaces
 * @param timeout         {@code IJAVA_TIMEOUT}: per statement, milliseconds or "N UNIT"; -1 for none
 * @param startupScripts  {@code IJAVA_STARTUP_SCRIPTS_PATH} files' contents (globs allowed), then {@code IJAVA_STARTUP_SCRIPT}
 * @param problems        what was wrong with the variables; the kernel starts anyway and shows these
 *                        in the first cell, since a kernel that dies at start shows the user nothing
 */
public record KernelSettings(List<String> classpath, List<String> compilerOptions, Duration timeout,
                             List<String> startupScripts, List<String> problems) {

    public static final String CLASSPATH = "IJAVA_CLASSPATH";
    public static final String COMPILER_OPTS = "IJAVA_COMPILER_OPTS";
    public static final String TIMEOUT = "IJAVA_TIMEOUT";
    public static final String STARTUP_SCRIPTS_PATH = "IJAVA_STARTUP_SCRIPTS_PATH";
    public static final String STARTUP_SCRIPT = "IJAVA_STARTUP_SCRIPT";

    public KernelSettings {
        classpath = List.copyOf(classpath);
        compilerOptions = List.copyOf(compilerOptions);
        startupScripts = List.copyOf(startupScripts);
        problems = List.copyOf(problems);
    }

    /** Reads the settings from an environment map; a bad value is left out and named in {@link #problems()}. */
    public static KernelSettings fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        List<String> classpath = splitPath(env.get(CLASSPATH));
        List<String> compilerOptions = splitWords(env.get(COMPILER_OPTS));
        Duration timeout = Duration.ZERO;
        try {
            timeout = parseTimeout(env.get(TIMEOUT));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage() + " The kernel runs without a limit.");
        }
        List<String> scripts = new ArrayList<>();
        for (String entry : splitPath(env.get(STARTUP_SCRIPTS_PATH))) {
            for (Path file : scriptFiles(entry)) {
                try {
                    scripts.add(readScript(file));
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        String inline = env.get(STARTUP_SCRIPT);
        if (inline != null && !inline.isBlank()) {
            scripts.add(inline);
        }
        return new KernelSettings(classpath, compilerOptions, timeout, scripts, problems);
    }

    static Duration parseTimeout(String raw) {
        if (raw == null || raw.isBlank()) {
            return Duration.ZERO;
        }
        String value = raw.trim();
        try {
            if (value.matches("-?\\d+")) {
                long millis = Long.parseLong(value);
                return millis < 0 ? Duration.ZERO : Duration.ofMillis(millis);
            }
            String[] parts = value.split("\\s+");
            if (parts.length == 2) {
                TimeUnit unit = TimeUnit.valueOf(parts[1].toUpperCase(Locale.ROOT));
                return Duration.ofMillis(unit.toMillis(Long.parseLong(parts[0])));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(TIMEOUT + " is '" + value + "', which is not a timeout: give "
                + "milliseconds (30000), an amount and a unit (30 SECONDS), or -1 for no limit.");
    }

    private static List<String> splitPath(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.split(File.pathSeparator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> splitWords(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.trim().split("\\s+")).toList();
    }

    /** An entry of {@code IJAVA_STARTUP_SCRIPTS_PATH}: a file, or a glob such as {@code ~/init/*.jsh}, in name order. */
    private static List<Path> scriptFiles(String entry) {
        if (entry.indexOf('*') < 0 && entry.indexOf('?') < 0) {
            return List.of(Path.of(entry));
        }
        try {
            return Globs.matchingFiles(entry);
        } catch (IOException e) {
            throw new IllegalArgumentException(STARTUP_SCRIPTS_PATH + " has the pattern " + entry
                    + ", which cannot be searched (" + e.getClass().getSimpleName() + "). Fix the pattern.", e);
        }
    }

    private static String readScript(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(STARTUP_SCRIPTS_PATH + " names " + file
                    + ", which cannot be read (" + e.getClass().getSimpleName() + "). Fix the path or remove it.", e);
        }
    }
}
