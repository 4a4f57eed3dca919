package io.github.celonisnb.kernel;

import java.util.Optional;

/**
 * Ends the kernel when the process that started it dies. Jupyter sets {@code JPY_PARENT_PID} for its
 * kernels; without a watchdog a kernel outlives a crashed client and keeps its JVM and ports.
 */
final class ParentProcessWatchdog {

    static final String PARENT_PID = "JPY_PARENT_PID";

    private ParentProcessWatchdog() {
    }

    /**
     * Watches the parent named by {@code JPY_PARENT_PID} and runs {@code onParentExit} when it is gone.
     *
     * @return whether a parent is being watched
     */
    static boolean watch(String parentPid, Runnable onParentExit) {
        if (parentPid == null || parentPid.isBlank()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(parentPid.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        if (parent.isEmpty()) {
            onParentExit.run();
            return true;
        }
        parent.get().onExit().thenRun(onParentExit);
        return true;
    }
}
