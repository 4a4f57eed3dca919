package io.github.celonisnb.kernel.git;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shell commands git runs for the filter and the diff driver. Git runs them through the shell, so paths with
 * spaces or quotes are single-quoted.
 *
 * @param process  the long-running clean filter, {@code <java> -jar <jar> git filter-process}
 * @param textconv the diff driver's text conversion, {@code <java> -jar <jar> sanitize --stdout --textconv}
 */
public record FilterCommands(String process, String textconv) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=+@%-]+");

    public FilterCommands {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(textconv, "textconv");
    }

    /** The commands that run this jar with this java. */
    public static FilterCommands forJar(Path java, Path jar) {
        String run = shellQuote(java.toString()) + " -jar " + shellQuote(jar.toString());
        return new FilterCommands(run + " git filter-process", run + " sanitize --stdout --textconv");
    }

    /** The java of the running JVM. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** A word the shell reads back as {@code word}. */
    static String shellQuote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
