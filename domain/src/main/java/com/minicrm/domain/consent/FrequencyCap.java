package com.minicrm.domain.consent;

import com.minicrm.domain.campaign.DeliveryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The brand-wide limit on promotional messages: at most {@code messages} per customer per channel
 * within {@code window}. Transactional campaigns are not capped.
 */
public record FrequencyCap(int messages, Duration window) {
    public static final FrequencyCap DEFAULT = new FrequencyCap(1, Duration.ofHours(24));
    /**
     * The messages the cap counts: those on their way or sent. Queued ones count because they will go
     * out; FAILED, CANCELLED, SUPPRESSED and HOLDOUT rows never do.
     */
    public static final List<DeliveryStatus> COUNTED = List.of(DeliveryStatus.QUEUED, DeliveryStatus.SENDING,
            DeliveryStatus.SUBMITTED, DeliveryStatus.SENT);

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
