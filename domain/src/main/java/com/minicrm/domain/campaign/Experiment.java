package com.minicrm.domain.campaign;

import java.util.List;
import java.util.Optional;

/**
 * How a campaign tests itself: its message variants (none with a single template), the share of the
 * audience held out as a control group, and how long after a delivery an order counts as its result.
 */
public record Experiment(List<Variant> variants, int holdoutPercent, int attributionWindowHours) {
    public static final int MIN_VARIANTS = 2;
    public static final int MAX_VARIANTS = 4;
    public static final int MAX_HOLDOUT = 50;
    public static final int MIN_WINDOW = 1;
    public static final int MAX_WINDOW = 720;
    public static final int DEFAULT_WINDOW = 120;

    public Experiment {
        variants = List.copyOf(variants);
        if (!variants.isEmpty() && (variants.size() < MIN_VARIANTS || variants.size() > MAX_VARIANTS)) {
            throw new IllegalArgumentException("a campaign has no variants or 2 to 4");
        }
        if (!variants.isEmpty() && variants.stream().mapToInt(Variant::weight).sum() != 100) {
            throw new IllegalArgumentException("variant weights sum to 100");
        }
        if (variants.stream().map(Variant::key).distinct().count() != variants.size()) {
            throw new IllegalArgumentException("variant keys are unique");
        }
        if (holdoutPercent < 0 || holdoutPercent > MAX_HOLDOUT) {
            throw new IllegalArgumentException("the holdout is 0 to 50 percent");
        }
        if (attributionWindowHours < MIN_WINDOW || attributionWindowHours > MAX_WINDOW) {
            throw new IllegalArgumentException("the attribution window is 1 to 720 hours");
        }
    }

    /** A single template, nobody held out, the default window. */
    public static Experiment none() {
        return new Experiment(List.of(), 0, DEFAULT_WINDOW);
    }

    public boolean hasVariants() {
        return !variants.isEmpty();
    }

    /**
     * The member's place, from the stable hash alone: held out when the holdout percentile falls below
     * the holdout share, otherwise the variant whose cumulative weight first exceeds the variant
     * percentile.
     */
    public Assignment assign(long campaignId, long customerId) {
        if (AudienceSplit.percentile(campaignId, customerId, AudienceSplit.HOLDOUT) < holdoutPercent) {
            return Assignment.heldOut();
        }
        if (variants.isEmpty()) {
            return Assignment.SINGLE;
        }
        int at = AudienceSplit.percentile(campaignId, customerId, AudienceSplit.VARIANT);
        int cumulative = 0;
        for (Variant v : variants) {
            cumulative += v.weight();
            if (at < cumulative) {
                return Assignment.variant(v.key());
            }
        }
        throw new IllegalStateException("weights sum to 100, so every percentile has a variant");
    }

    public Optional<Variant> variant(String key) {
        return variants.stream().filter(v -> v.key().equals(key)).findFirst();
    }
}
