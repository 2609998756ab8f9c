package com.minicrm.adapter.out.vendor.delivery;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Paces sends to a steady rate: every caller reserves the next free slots and waits until they come.
 * The state is this instance's share of the rate only; no other instance needs it.
 */
final class SendRate {
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong nextSlot;

    SendRate(int perSecond) {
        this(perSecond, System::nanoTime);
    }

    SendRate(int perSecond, LongSupplier nanoTime) {
        this.intervalNanos = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
        this.nanoTime = nanoTime;
        this.nextSlot = new AtomicLong(nanoTime.getAsLong());
    }

    /**
     * Reserves slots for {@code messages} sent together and says how long the caller must wait before
     * sending them: a batch goes at its first slot, and the next caller waits until all of its slots have passed.
     */
    Duration reserve(int messages) {
        if (intervalNanos == 0) {
            return Duration.ZERO;
        }
        long now = nanoTime.getAsLong();
        long slot = nextSlot.getAndUpdate(previous -> Math.max(previous, now) + intervalNanos * messages);
        return Duration.ofNanos(Math.max(0, Math.max(slot, now) - now));
    }
}
