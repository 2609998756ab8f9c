package com.minicrm.domain.campaign;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to call the vendor again. Only 429, 5xx and unreachable are worth retrying: any other 4xx
 * means the request itself is wrong and will fail the same way. Delays grow exponentially up to a
 * cap, and jitter spreads them so many workers do not retry in lockstep.
 *
 * @param maxAttempts total calls including the first, at least 1
 * @param jitter the fraction of each delay that is random, 0 (none) to 1 ("full jitter")
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, double jitter) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= baseDelay <= maxDelay");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
    }

    public static boolean isRetriable(VendorReply reply) {
        if (reply instanceof VendorReply.Rejected rejected) {
            return rejected.httpStatus() == 429 || rejected.httpStatus() >= 500;
        }
        return reply instanceof VendorReply.Unreachable;
    }

    /** Whether to call again after {@code attemptsMade} calls, the last of which gave {@code reply}. */
    public boolean shouldRetry(VendorReply reply, int attemptsMade) {
        return isRetriable(reply) && attemptsMade < maxAttempts;
    }

    /** How long to wait before the call after {@code attemptsMade} calls. */
    public Duration delayAfter(int attemptsMade, RandomGenerator random) {
        int doublings = Math.min(Math.max(attemptsMade - 1, 0), 30);
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << doublings);
        long randomPart = (long) (ceiling * jitter * random.nextDouble());
        return Duration.ofMillis(ceiling - randomPart);
    }
}
