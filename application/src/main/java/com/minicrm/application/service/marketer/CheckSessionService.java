package com.minicrm.application.service.marketer;

import com.minicrm.application.port.in.marketer.CheckSessionUseCase;
import com.minicrm.application.port.out.marketer.MarketerSessions;
import com.minicrm.domain.marketer.MarketerSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Refuses sessions that were signed out or idle for longer than {@code idleTimeout}, on every
 * request. The last-seen time is written at most once per {@code recordEvery}, so a page that polls
 * does not write per request; the idle timeout is therefore exact to within that interval.
 */
public class CheckSessionService implements CheckSessionUseCase {
    /** Sessions are kept this long after they were last seen: far past any cookie's life. */
    static final Duration KEEP = Duration.ofDays(2);
    private final MarketerSessions sessions;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration recordEvery;

    public CheckSessionService(MarketerSessions sessions, Clock clock, Duration idleTimeout, Duration recordEvery) {
        if (idleTimeout.compareTo(recordEvery) <= 0) {
            throw new IllegalArgumentException("the idle timeout must be longer than the interval of last-seen writes");
        }
        this.sessions = sessions;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.recordEvery = recordEvery;
    }

    @Override
    public boolean isLive(String sessionId, String email) {
        Instant now = clock.instant();
        Optional<MarketerSession> known = sessions.byId(sessionId);
        if (known.isEmpty()) {
            sessions.forgetSeenBefore(now.minus(KEEP));
            sessions.start(sessionId, email, now);
            return true;
        }
        MarketerSession session = known.get();
        if (session.hasEnded()) {
            return false;
        }
        if (session.isIdleAt(now, idleTimeout)) {
            sessions.end(sessionId, now);
            return false;
        }
        if (!session.lastSeenAt().plus(recordEvery).isAfter(now)) {
            sessions.seen(sessionId, now);
        }
        return true;
    }
}
