package com.minicrm.application.service.marketer;

import com.minicrm.application.port.in.marketer.EndSessionUseCase;
import com.minicrm.application.port.out.marketer.MarketerSessions;
import java.time.Clock;

/** Ends a session for good; ending one that already ended keeps its first end. */
public class EndSessionService implements EndSessionUseCase {
    private final MarketerSessions sessions;
    private final Clock clock;

    public EndSessionService(MarketerSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void end(String sessionId) {
        sessions.end(sessionId, clock.instant());
    }
}
