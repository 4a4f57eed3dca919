package io.github.celonisnb.emulator.internal.http.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The server-side table of signed-in browsers; a session is found by its cookie's id until it expires. */
final class UiSessions {

    /** How long a session lasts after sign-in: a school day. */
    static final Duration LIFETIME = Duration.ofHours(8);

    private final Map<String, UiSession> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    UiSessions(Clock clock) {
        this.clock = clock;
    }

    /** Opens a new session with fresh random id and CSRF token, and no forms yet. */
    UiSession open() {
        purgeExpired();
        UiSession session = new UiSession(Secrets.newToken(), Secrets.newToken(), clock.instant().plus(LIFETIME),
                new FormNonces());
        byId.put(session.id(), session);
        return session;
    }

    /** The live session with this id; empty when unknown or expired (an expired one is removed). */
    Optional<UiSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        UiSession session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(session.expiresAt())) {
            byId.remove(id, session);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** Ends a session, e.g. on sign-out. */
    void close(UiSession session) {
        byId.remove(session.id(), session);
    }

    private void purgeExpired() {
        byId.values().removeIf(s -> !clock.instant().isBefore(s.expiresAt()));
    }
}
