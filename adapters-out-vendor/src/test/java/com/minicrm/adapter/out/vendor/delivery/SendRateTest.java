package com.minicrm.adapter.out.vendor.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A batch takes as many slots of the send rate as it has messages. */
class SendRateTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void aBatchGoesAtOnceAndTheNextCallerWaitsForAllOfItsSlots() {
        SendRate rate = new SendRate(100, clock::get);

        Duration first = rate.reserve(10);
        clock.addAndGet(Duration.ofMillis(30).toNanos());
        Duration next = rate.reserve(1);

        assertThat(first).isZero();
        // Ten slots of 10 ms from the start, 30 ms of which have passed.
        assertThat(next).isEqualTo(Duration.ofMillis(70));
    }

    @Test
    void anIdleRateDoesNotSaveUpSlotsForABurst() {
        SendRate rate = new SendRate(100, clock::get);
        rate.reserve(1);
        clock.addAndGet(Duration.ofSeconds(5).toNanos());

        assertThat(rate.reserve(50)).isZero();
        assertThat(rate.reserve(1)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void noLimitNeverWaits() {
        SendRate unlimited = new SendRate(0, clock::get);

        assertThat(unlimited.reserve(1000)).isZero();
        assertThat(unlimited.reserve(1000)).isZero();
    }
}
