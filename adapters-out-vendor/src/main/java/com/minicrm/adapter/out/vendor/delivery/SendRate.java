package com.minicrm.adapter.out.vendor.delivery;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Paces sends to a steady rate: every caller reserves the next free slot and waits until it comes.
 * The state is this instance's share of the rate only; no other instance needs it.
 */
final class SendRate {
    private final long intervalNanos;
    private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());

    SendRate(int perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
    }

    /** How long the caller must wait before its send. */
    Duration reserve() {
        if (intervalNanos == 0) {
            return Duration.ZERO;
        }
        long now = System.nanoTime();
        long slot = nextSlot.getAndUpdate(previous -> Math.max(previous, now) + intervalNanos);
        return Duration.ofNanos(Math.max(0, Math.max(slot, now) - now));
    }
}
