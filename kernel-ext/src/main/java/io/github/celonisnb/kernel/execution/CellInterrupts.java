package io.github.celonisnb.kernel.execution;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops cell code the user interrupted, from within: the kernel weaves a call of {@link #check()} into
 * every method of a cell and before every backward jump (each turn of a loop), and the call throws on a
 * thread whose cell was stopped.
 *
 * <p>This is what lets the interrupt button end a CPU-bound loop such as {@code while (true) n++;}
 * without {@code Thread.stop} (gone from current JDKs): the loop's own thread leaves at its next turn,
 * releasing the CPU, and the kernel keeps every variable defined so far. Code that never returns to cell
 * code (a library call that blocks forever) is abandoned instead: the cell ends and its thread is left
 * to finish on its own.
 */
public final class CellInterrupts {

    private static final Set<Thread> STOPPING = ConcurrentHashMap.newKeySet();
    /** Read on every check; true only while some cell is being stopped, so the common case is one read. */
    private static volatile boolean anyStopping;

    private CellInterrupts() {
    }

    /**
     * Throws when the current thread runs a cell that was interrupted or timed out; returns at once
     * otherwise. Called by woven cell code, not by hand.
     */
    public static void check() {
        if (anyStopping && STOPPING.contains(Thread.currentThread())) {
            throw new CellStopped();
        }
    }

    /** Marks a cell's thread to stop at its next check. */
    static synchronized void stop(Thread cellThread) {
        STOPPING.add(cellThread);
        anyStopping = true;
    }

    /** Clears the mark once the thread has left the cell, so the pooled thread can run the next one. */
    static synchronized void release(Thread cellThread) {
        STOPPING.remove(cellThread);
        anyStopping = !STOPPING.isEmpty();
    }

    /**
     * Thrown through cell code to unwind it. An {@link Error}, so {@code catch (Exception e)} in the cell
     * does not swallow it; a cell that catches {@code Throwable} meets it again at its loop's next turn.
     */
    static final class CellStopped extends Error {
        CellStopped() {
            super("The cell was stopped.", null, false, false);
        }
    }
}
