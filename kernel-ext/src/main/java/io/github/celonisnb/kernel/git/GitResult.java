package io.github.celonisnb.kernel.git;

import java.nio.charset.StandardCharsets;

/**
 * What one {@code git} run gave.
 *
 * @param exitCode git's exit code
 * @param stdout   its standard output, as bytes (paths may be NUL-separated)
 * @param stderr   its standard error
 */
public record GitResult(int exitCode, byte[] stdout, String stderr) {

    /** The standard output as text. */
    public String out() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Whether git exited with 0. */
    public boolean succeeded() {
        return exitCode == 0;
    }
}
