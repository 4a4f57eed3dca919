package io.github.celonisnb.kernel.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Runs the {@code git} command in one directory with a given environment, and waits for it. Output is collected
 * in memory; the commands run here print little.
 */
public final class Git {

    private final Path directory;
    private final Map<String, String> environment;

    /**
     * @param directory   where git runs (its {@code -C})
     * @param environment the complete environment git sees
     */
    public Git(Path directory, Map<String, String> environment) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.environment = Map.copyOf(environment);
    }

    /** The directory git runs in. */
    public Path directory() {
        return directory;
    }

    /**
     * Runs {@code git args...} with no input. A non-zero exit is not an exception: the caller reads the result.
     *
     * @throws GitMissingException when there is no {@code git} on the PATH
     * @throws IOException         when the process cannot be started or its pipes fail
     */
    public GitResult run(String... args) throws IOException {
        return run(new byte[0], List.of(args));
    }

    /** Runs {@code git args...} with {@code input} on its stdin. */
    public GitResult run(byte[] input, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new GitMissingException();
        }
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> write(process.getOutputStream(), input));
        byte[] output = readAll(process.getInputStream());
        try {
            feeding.get();
            byte[] error = errors.get();
            return new GitResult(process.waitFor(), output, new String(error, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for git " + String.join(" ", args), e);
        } catch (ExecutionException e) {
            throw new IOException("Talking to git " + String.join(" ", args) + " failed: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The top folder of the work tree {@link #directory()} is in; empty when it is in none. */
    public Optional<Path> workTreeRoot() throws IOException {
        GitResult result = run("rev-parse", "--show-toplevel");
        if (result.exitCode() != 0 || result.out().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(result.out().strip()));
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
            // git may exit before reading all of its input (for example when it rejects an option); its exit
            // code and stderr say why.
        }
    }
}
