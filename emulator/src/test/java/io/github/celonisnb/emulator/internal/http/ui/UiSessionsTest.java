package io.github.celonisnb.emulator.internal.http.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UiSessionsTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aSessionLastsEightHoursThenIsGone() {
        HandClock clock = new HandClock();
        UiSessions sessions = new UiSessions(clock);
        UiSession session = sessions.open();
        clock.advance(Duration.ofHours(8).minusSeconds(1));
        assertEquals(Optional.of(session), sessions.find(session.id()));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), sessions.find(session.id()));
    }

    @Test
    void eachSessionHasItsOwnRandomIdAndCsrfToken() {
        UiSessions sessions = new UiSessions(new HandClock());
        UiSession one = sessions.open();
        UiSession two = sessions.open();
        assertNotEquals(one.id(), two.id());
        assertNotEquals(one.csrfToken(), two.csrfToken());
        assertTrue(one.id().matches("[A-Za-z0-9_-]{43}"), "256 bits in base64url");
        assertTrue(one.acceptsCsrf(one.csrfToken()));
        assertFalse(one.acceptsCsrf(two.csrfToken()));
        assertFalse(one.acceptsCsrf(null));
    }

    @Test
    void aClosedSessionIsNotFound() {
        UiSessions sessions = new UiSessions(new HandClock());
        UiSession session = sessions.open();
        sessions.close(session);
        assertEquals(Optional.empty(), sessions.find(session.id()));
    }

    @Test
    void neitherSessionNorFormShowsItsSecretsWhenPrinted() {
        UiSession session = new UiSessions(new HandClock()).open();
        assertEquals("UiSession[expires 2026-01-05T16:00:00Z]", session.toString());
        assertEquals("FormBody[csrf, token]", FormBody.parse("csrf=abc&token=def").toString());
    }

    @Test
    void aLoginTokenIsSpentByItsFirstUse() {
        LoginTokens tokens = new LoginTokens();
        assertFalse(tokens.redeem("anything"), "none issued yet");
        String token = tokens.issue();
        assertFalse(tokens.redeem(token + "x"));
        assertTrue(tokens.redeem(token));
        assertFalse(tokens.redeem(token));
    }
}
