package io.github.celonisnb.kernel.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import io.github.celonisnb.magics.credentials.Environment;

/**
 * What a command reads from the process it runs in: environment variables, the home and working directories, the
 * raw standard streams (for notebook bytes; text goes through picocli's writers), and whether stderr is a terminal.
 * Commands take it from here rather than from {@link System}, so tests run them in-process with their own values.
 *
 * @param environment      the environment variables, also passed on to {@code git}
 * @param userHome         the directory {@code ~} stands for
 * @param workingDirectory relative paths on the command line are resolved against it
 * @param stdin            the raw standard input
 * @param stdout           the raw standard output
 * @param stderrIsTerminal whether a progress bar may be drawn on stderr
 */
record CliContext(Map<String, String> environment, Path userHome, Path workingDirectory, InputStream stdin,
        OutputStream stdout, boolean stderrIsTerminal) {

    CliContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(userHome, "userHome");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
    }

    /** The context of this process. */
    static CliContext system() {
        return new CliContext(System.getenv(), Path.of(System.getProperty("user.home")),
                Path.of("").toAbsolutePath(), System.in, System.out, detectTerminal());
    }

    /** The environment as the credentials code reads it. */
    Environment credentialsEnvironment() {
        return Environment.of(environment);
    }

    /** A path from the command line, made absolute against the working directory. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path).normalize();
    }

    /**
     * Whether the process has a terminal. Java 22 and later return a console even when the streams are redirected,
     * and say whether it is a terminal through {@code Console.isTerminal()}, which Java 17 lacks.
     */
    private static boolean detectTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
