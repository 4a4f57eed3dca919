package io.github.celonisnb.kernel.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's {@code /usr/bin/python3}, where Debian's Jupyter packages (nbformat, tornado, yaml) live. */
public final class DebianPython {

    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private DebianPython() {
    }

    /** Skips the calling test, saying why, unless /usr/bin/python3 can import every module named. */
    public static void require(String... modules) {
        assumeTrue(Files.isExecutable(PYTHON), "Skipped because " + PYTHON + " is missing; bin/test installs"
                + " Debian's python3-nbformat.");
        for (String module : modules) {
            JarRun.Result result = JarRun.run(Path.of("/"), Map.of(), new byte[0],
                    List.of(PYTHON.toString(), "-c", "import " + module));
            assumeTrue(result.exitCode() == 0, "Skipped because " + PYTHON + " cannot import " + module
                    + "; install it with apt-get install -y python3-" + module + ".");
        }
    }
}
