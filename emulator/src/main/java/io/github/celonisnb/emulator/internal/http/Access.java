package io.github.celonisnb.emulator.internal.http;

/** Who may call a route, which decides how the dispatcher authenticates it. */
public enum Access {
    /** An EMS path: needs a valid key with the right Authorization prefix; recorded and subject to faults. */
    EMS,
    /** The emulator's own admin surface: needs the admin token. */
    ADMIN
}
