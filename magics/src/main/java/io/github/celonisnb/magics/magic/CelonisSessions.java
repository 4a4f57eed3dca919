package io.github.celonisnb.magics.magic;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Holds the notebook's current EMS session: one per kernel, replaced by each login. */
public final class CelonisSessions {

    private static final AtomicReference<CelonisSession> CURRENT = new AtomicReference<>();

    private CelonisSessions() {
    }

    /**
     * The session of the last successful login.
     *
     * @throws NotLoggedInException when there is none, saying which magic to run
     */
    public static CelonisSession current() {
        CelonisSession s = CURRENT.get();
        if (s == null) {
            throw new NotLoggedInException();
        }
        return s;
    }

    /** The session, if there is one. */
    public static Optional<CelonisSession> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Makes {@code session} the current one and closes the one it replaces. */
    public static void set(CelonisSession session) {
        CelonisSession old = CURRENT.getAndSet(session);
        if (old != null && old != session) {
            old.close();
        }
    }

    /** Forgets and closes the current session, if any. */
    public static void clear() {
        forget();
    }

    /**
     * Forgets and closes the current session, if any, and returns it (closed), so the caller can say what
     * was logged out of.
     */
    public static Optional<CelonisSession> forget() {
        CelonisSession old = CURRENT.getAndSet(null);
        if (old != null) {
            old.close();
        }
        return Optional.ofNullable(old);
    }
}
