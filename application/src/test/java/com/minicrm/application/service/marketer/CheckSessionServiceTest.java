package com.minicrm.application.service.marketer;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.out.marketer.MarketerSessions;
import com.minicrm.domain.marketer.MarketerSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckSessionServiceTest {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration RECORD_EVERY = Duration.ofMinutes(1);

    private final Map<String, MarketerSession> rows = new HashMap<>();
    private int writes;
    private final MarketerSessions sessions = new MarketerSessions() {
        @Override
        public Optional<MarketerSession> byId(String id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public void start(String id, String email, Instant now) {
            writes++;
            rows.putIfAbsent(id, new MarketerSession(id, email, now, now, null));
        }

        @Override
        public void seen(String id, Instant now) {
            writes++;
            rows.computeIfPresent(id, (k, s) -> new MarketerSession(k, s.email(), s.startedAt(), now, s.endedAt()));
        }

        @Override
        public void end(String id, Instant now) {
            writes++;
            rows.computeIfPresent(id, (k, s) -> new MarketerSession(k, s.email(), s.startedAt(), s.lastSeenAt(),
                    s.endedAt() == null ? now : s.endedAt()));
        }

        @Override
        public void forgetSeenBefore(Instant cutoff) {
            rows.values().removeIf(s -> s.lastSeenAt().isBefore(cutoff));
        }
    };
    private final MutableClock clock = new MutableClock();
    private final CheckSessionService check = new CheckSessionService(sessions, clock, IDLE, RECORD_EVERY);

    @Test
    void aSignedOutSessionIsNeverLiveAgain() {
        String id = MarketerSession.idOf("id-token-1");
        assertThat(check.isLive(id, "asha@example.com")).isTrue();

        new EndSessionService(sessions, clock).end(id);
        clock.now = START.plusSeconds(5);

        assertThat(check.isLive(id, "asha@example.com")).isFalse();
    }

    @Test
    void aSessionIdleForLongerThanTheTimeoutEndsAndStaysEnded() {
        String id = MarketerSession.idOf("id-token-2");
        check.isLive(id, "asha@example.com");

        clock.now = START.plus(IDLE).plusSeconds(1);
        assertThat(check.isLive(id, "asha@example.com")).isFalse();

        clock.now = clock.now.plusSeconds(1);
        assertThat(check.isLive(id, "asha@example.com")).isFalse();
        assertThat(rows.get(id).hasEnded()).isTrue();
    }

    @Test
    void activityKeepsASessionLiveAndIsWrittenAtMostOncePerInterval() {
        String id = MarketerSession.idOf("id-token-3");
        for (int second = 0; second <= 50 * 60; second += 10) {
            clock.now = START.plusSeconds(second);
            assertThat(check.isLive(id, "asha@example.com")).as("second %d", second).isTrue();
        }
        // one start, then one last-seen write per minute of the fifty
        assertThat(writes).isEqualTo(1 + 50);
    }

    @Test
    void sessionsAreKnownByTheHashOfTheirToken() {
        assertThat(MarketerSession.idOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
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
}
