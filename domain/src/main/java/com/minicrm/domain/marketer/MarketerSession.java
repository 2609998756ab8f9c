package com.minicrm.domain.marketer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A marketer's sign-in session as the server knows it. A session cookie proves who signed in, but
 * only a live session here lets it in: signing out or staying idle too long ends it for good.
 */
public record MarketerSession(String id, String email, Instant startedAt, Instant lastSeenAt, Instant endedAt) {
    public MarketerSession {
        Objects.requireNonNull(id);
        Objects.requireNonNull(email);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(lastSeenAt);
    }

    /** A session is known by the SHA-256 of its ID token, so the token itself is never stored. */
    public static String idOf(String idToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(idToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public boolean hasEnded() {
        return endedAt != null;
    }

    /** Idle for longer than allowed at {@code now}. */
    public boolean isIdleAt(Instant now, Duration idleTimeout) {
        return lastSeenAt.plus(idleTimeout).isBefore(now);
    }
}
