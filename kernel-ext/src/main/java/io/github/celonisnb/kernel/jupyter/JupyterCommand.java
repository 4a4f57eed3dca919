package io.github.celonisnb.kernel.jupyter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds Jupyter's command line. Debian's Jupyter runs on {@code /usr/bin/python3}; the first
 * {@code python3} on PATH may be another interpreter without Jupyter's modules, so {@code /usr/bin/jupyter}
 * is preferred over whatever PATH finds.
 */
public final class JupyterCommand {

    /** What to install when nbconvert is missing, as one command. */
    public static final String INSTALL_HINT = "apt-get update && apt-get install -y jupyter-nbconvert python3-nbclient";

    private final Path executable;

    private JupyterCommand(Path executable) {
        this.executable = executable;
    }

    /** The {@code jupyter} executable. */
    public Path executable() {
        return executable;
    }

    /** Jupyter with nbconvert, if installed: {@code /usr/bin/jupyter} first, then PATH. */
    public static Optional<JupyterCommand> find() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("/usr/bin/jupyter"));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "jupyter"));
                }
            }
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate) && hasNbconvert(candidate)) {
                return Optional.of(new JupyterCommand(candidate));
            }
        }
        return Optional.empty();
    }

    private static boolean hasNbconvert(Path jupyter) {
        try {
            Process p = new ProcessBuilder(jupyter.toString(), "nbconvert", "--version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
