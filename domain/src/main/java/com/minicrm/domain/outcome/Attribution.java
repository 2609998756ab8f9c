package com.minicrm.domain.outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The attribution rule, last touch: of the SENT messages an order's customer received, those
 * delivered before the order and within their campaign's window qualify, and the latest of them
 * (the higher message id on a tie) gets the order. Storage applies the same rule in SQL, and an
 * order is attributed at most once.
 */
public final class Attribution {
    private static final Comparator<Touch> LATEST = Comparator.comparing(Touch::deliveredAt).thenComparingLong(Touch::messageId);

    private Attribution() {}

    public static Optional<Touch> lastTouch(Instant orderedAt, Collection<Touch> delivered) {
        return delivered.stream().filter(t -> t.covers(orderedAt)).max(LATEST);
    }

    /** A holdout member's order counts for the campaign when placed after its start and within its window. */
    public static boolean holdoutConverts(Instant campaignStart, int windowHours, Instant orderedAt) {
        return orderedAt.isAfter(campaignStart) && !orderedAt.isAfter(campaignStart.plus(Duration.ofHours(windowHours)));
    }
}
