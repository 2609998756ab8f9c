package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Which vendor answers are retried, and how long to wait between attempts. */
class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(1000), 0.5);

    @Test
    void retriesTooManyRequestsServerErrorsAndTimeouts() {
        assertThat(RetryPolicy.isRetriable(new VendorReply.Rejected(429, null))).isTrue();
        assertThat(RetryPolicy.isRetriable(new VendorReply.Rejected(503, null))).isTrue();
        assertThat(RetryPolicy.isRetriable(new VendorReply.Rejected(500, null))).isTrue();
        assertThat(RetryPolicy.isRetriable(new VendorReply.Unreachable("timeout"))).isTrue();
    }

    @Test
    void neverRetriesOtherClientErrorsOrAnAcceptedMessage() {
        assertThat(RetryPolicy.isRetriable(new VendorReply.Rejected(400, null))).isFalse();
        assertThat(RetryPolicy.isRetriable(new VendorReply.Rejected(404, null))).isFalse();
        assertThat(RetryPolicy.isRetriable(new VendorReply.Accepted("v-1"))).isFalse();
    }

    @Test
    void givesUpAfterTheMaximumNumberOfAttempts() {
        VendorReply busy = new VendorReply.Rejected(503, null);
        assertThat(policy.shouldRetry(busy, 3)).isTrue();
        assertThat(policy.shouldRetry(busy, 4)).isFalse();
    }

    @Test
    void delaysGrowExponentiallyWithoutJitter() {
        RetryPolicy exact = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000), 0);
        SplittableRandom random = new SplittableRandom(1);
        assertThat(exact.delayAfter(1, random)).isEqualTo(Duration.ofMillis(100));
        assertThat(exact.delayAfter(2, random)).isEqualTo(Duration.ofMillis(200));
        assertThat(exact.delayAfter(3, random)).isEqualTo(Duration.ofMillis(400));
        assertThat(exact.delayAfter(5, random)).isEqualTo(Duration.ofMillis(1000));
        assertThat(exact.delayAfter(60, random)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void jitterKeepsDelaysBetweenHalfAndAllOfTheCeiling() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 1000; i++) {
            assertThat(policy.delayAfter(3, random)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        }
    }

    @Test
    void jitterSpreadsTheDelays() {
        SplittableRandom random = new SplittableRandom(7);
        long distinct = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> policy.delayAfter(2, random))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(50);
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
