package com.minicrm.domain.outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One delivered message that an order might be the result of: its campaign, log row, delivery time and window. */
public record Touch(long campaignId, long messageId, Instant deliveredAt, int windowHours) {
    public Touch {
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }

    /** Whether an order placed at {@code orderedAt} falls after this delivery and inside its window (end included). */
    public boolean covers(Instant orderedAt) {
        return orderedAt.isAfter(deliveredAt) && !orderedAt.isAfter(deliveredAt.plus(Duration.ofHours(windowHours)));
    }
}
