package io.github.celonisnb.kernel.git;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shell commands git runs for the filter and the diff driver. Git runs them through the shell, so paths with
 * spaces or quotes are single-quoted.
 *
 * @param process  the long-running clean filter, {@code <java> -jar <jar> git filter-process}
 * @param textconv the diff driver's text conversion, {@code <java> <start-up options> -jar <jar> sanitize --stdout
 *                 --textconv}; git starts it once per file shown, so it is tuned to start fast (the filter, which
 *                 serves every file of a command in one JVM, keeps the JVM's defaults)
 */
public record FilterCommands(String process, String textconv) {

    /** A client compiler only and the serial collector: about a third less start-up time for one short run. */
    static final String FAST_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=+@%-]+");

    public FilterCommands {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(textconv, "textconv");
    }

    /** The commands that run this jar with this java. */
    public static FilterCommands forJar(Path java, Path jar) {
        String javaWord = shellQuote(java.toString());
        String jarWord = shellQuote(jar.toString());
        return new FilterCommands(javaWord + " -jar " + jarWord + " git filter-process",
                javaWord + " " + FAST_START + " -jar " + jarWord + " sanitize --stdout --textconv");
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
