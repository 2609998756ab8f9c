package com.minicrm.domain.segment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Relative time for rules: whole days since a customer was last active, counted from an
 * evaluation instant taken from the injected clock at the database's precision (microseconds),
 * so the SQL cutoffs and the in-memory evaluator see exactly the same "now".
 */
public final class InactiveDays {
    private static final long MICROS_PER_DAY = Duration.ofDays(1).toNanos() / 1_000;

    private InactiveDays() {}

    public static Instant asOf(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Whole days from {@code lastActiveAt} to {@code asOf}, rounded down (negative if in the future). */
    public static long between(Instant lastActiveAt, Instant asOf) {
        return Math.floorDiv(ChronoUnit.MICROS.between(lastActiveAt, asOf), MICROS_PER_DAY);
    }

    /** The latest activity instant that is still at least {@code days} whole days before {@code asOf}. */
    public static Instant cutoff(Instant asOf, long days) {
        return asOf.minus(Duration.ofDays(days));
    }
}
