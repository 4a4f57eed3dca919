package io.github.celonisnb.emulator.internal.state;

import io.github.celonisnb.emulator.StateFileException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on {@code <state file>.lock}, held by a running emulator (and briefly by the
 * command line when it edits a state file directly), so two writers never overwrite each other.
 */
public final class StateFileLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StateFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file that goes with a state file. */
    public static Path lockFileOf(Path stateFile) {
        Path absolute = stateFile.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock if nobody holds it.
     *
     * @return the lock, or empty when another process (or this one) holds it
     * @throws StateFileException if the lock file cannot be created
     */
    public static Optional<StateFileLock> tryAcquire(Path stateFile) {
        Path lockFile = lockFileOf(stateFile);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StateFileException(stateFile, StateFileException.Problem.UNWRITABLE, "Cannot create lock file "
                    + lockFile + ": "
                    + e.getClass().getSimpleName() + ". Check that the folder exists and is writable.", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new StateFileLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // This JVM already holds it: for our purpose that is "in use" as well.
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StateFileException(stateFile, StateFileException.Problem.UNWRITABLE, "Cannot lock " + lockFile
                    + ": " + e.getClass().getSimpleName() + ".", e);
        }
        closeQuietly(channel);
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it in any case.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was written through this channel; there is nothing to lose.
        }
    }
}
