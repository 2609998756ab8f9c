package com.minicrm.domain.campaign;

/**
 * The stable hash that splits an audience: a percentile from 0 to 99 for (campaign, customer, purpose),
 * from the two ids alone, so a retry, a crash or a second instance always lands a customer in the same
 * place. Holdout and variant use different purposes, so they are independent of each other.
 */
public final class AudienceSplit {
    static final long HOLDOUT = 0x4F1BBCDCBFA53E0BL;
    static final long VARIANT = 0x2545F4914F6CDD1DL;

    private AudienceSplit() {}

    /** 0 to 99, uniform over customers; SplitMix64's finaliser mixes the ids. */
    public static int percentile(long campaignId, long customerId, long purpose) {
        long z = campaignId * 0x9E3779B97F4A7C15L + customerId + purpose;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (int) Long.remainderUnsigned(z, 100);
    }
}
