package io.github.celonisnb.kernel.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a command (the built jar, git, python) as a real process and collects what it printed. */
public final class JarRun {

    private JarRun() {
    }

    /** The jar {@code mvn verify} built, named by the system property {@code celonisnb.jar}. */
    public static Path jar() {
        String jar = System.getProperty("celonisnb.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)),
                "These tests run the built jar (system property celonisnb.jar); run them with mvn verify.");
        return Path.of(jar);
    }

    /** The java of this JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java -jar <jar> args...} in {@code directory}. */
    public static Result celonisNb(Path directory, Map<String, String> env, byte[] stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return run(directory, env, stdin, command);
    }

    /** Any command, with exactly this environment. */
    public static Result run(Path directory, Map<String, String> env, byte[] stdin, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            CompletableFuture<Void> in = CompletableFuture.runAsync(() -> write(process.getOutputStream(), stdin));
            byte[] out = readAll(process.getInputStream());
            in.join();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Still running after 60 s: " + command);
            }
            return new Result(process.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, byte[] bytes) {
        try (out) {
            out.write(bytes);
        } catch (IOException e) {
            // The process may not read its input; its exit code tells.
        }
    }

    /**
     * What a process gave.
     *
     * @param exitCode its exit code
     * @param stdout   its standard output
     * @param stderr   its standard error
     */
    public record Result(int exitCode, byte[] stdout, String stderr) {
        public String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }
}
