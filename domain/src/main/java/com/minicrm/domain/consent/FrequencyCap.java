package com.minicrm.domain.consent;

import java.time.Duration;
import java.time.Instant;

/**
 * The brand-wide limit on promotional messages: at most {@code messages} per customer per channel
 * within {@code window}. Transactional campaigns are not capped.
 */
public record FrequencyCap(int messages, Duration window) {
    public static final FrequencyCap DEFAULT = new FrequencyCap(1, Duration.ofHours(24));

    public FrequencyCap {
        if (messages < 1) {
            throw new IllegalArgumentException("a frequency cap allows at least 1 message, got " + messages);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a frequency cap needs a positive window, got " + window);
        }
    }

    /** Messages counted at or after this instant fall into the window that ends {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** Whether a customer who already has {@code recent} messages in the window may get no more. */
    public boolean reachedBy(long recent) {
        return recent >= messages;
    }
}
