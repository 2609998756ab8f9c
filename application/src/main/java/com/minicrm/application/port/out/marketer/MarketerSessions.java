package com.minicrm.application.port.out.marketer;

import com.minicrm.domain.marketer.MarketerSession;
import java.time.Instant;
import java.util.Optional;

/** Every sign-in session the server has seen, shared by all instances. */
public interface MarketerSessions {
    Optional<MarketerSession> byId(String id);

    /** Records a new session; a session that is already recorded is left as it is. */
    void start(String id, String email, Instant now);

    void seen(String id, Instant now);

    void end(String id, Instant now);

    /** Drops sessions last seen before {@code cutoff}, long after any cookie of theirs has expired. */
    void forgetSeenBefore(Instant cutoff);
}
