package io.github.celonisnb.kernel.jupyter;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a notebook run through nbconvert ended.
 *
 * @param exitCode nbconvert's exit code; 0 when every cell ran
 * @param output   the executed notebook, written even when a cell failed
 * @param log      nbconvert's own output (its stderr and stdout), for error messages
 * @param elapsed  wall time of the whole run
 */
public record NotebookRun(int exitCode, Path output, String log, Duration elapsed) {

    public boolean succeeded() {
        return exitCode == 0;
    }
}
