package io.github.celonisnb.emulator.internal.state;

/** Where snapshots go after every change. */
@FunctionalInterface
public interface StateStore {

    /** Keeps nothing: state lives as long as the emulator. */
    StateStore IN_MEMORY = snapshot -> { };

    /**
     * Saves a snapshot before it becomes visible, so a change that cannot be saved is not made.
     *
     * @throws io.github.celonisnb.emulator.StateFileException if it cannot be saved
     */
    void save(StateSnapshot snapshot);
}
