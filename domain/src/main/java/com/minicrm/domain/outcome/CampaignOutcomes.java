package com.minicrm.domain.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What a campaign achieved: its totals over every variant, each variant's results, the holdout
 * (absent without one), the lift over it, and the winning variant, named only when its interval lies
 * wholly above every other variant's.
 */
public record CampaignOutcomes(List<VariantOutcome> variants, Optional<HoldoutOutcome> holdout) {
    public CampaignOutcomes {
        variants = List.copyOf(variants);
    }

    public long delivered() {
        return variants.stream().mapToLong(VariantOutcome::delivered).sum();
    }

    public long conversions() {
        return variants.stream().mapToLong(VariantOutcome::conversions).sum();
    }

    public long orders() {
        return variants.stream().mapToLong(VariantOutcome::orders).sum();
    }

    public BigDecimal revenue() {
        return variants.stream().map(VariantOutcome::revenue).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    public double conversionRate() {
        return new Proportion(conversions(), delivered()).rate();
    }

    /** Revenue per delivered recipient, in rupees with 2 decimals. */
    public BigDecimal revenuePerRecipient() {
        long delivered = delivered();
        return delivered == 0 ? BigDecimal.ZERO.setScale(2) : revenue().divide(BigDecimal.valueOf(delivered), 2, RoundingMode.HALF_UP);
    }

    public Optional<Lift> lift() {
        return holdout.flatMap(h -> Lift.between(new Proportion(conversions(), delivered()), h.proportion()));
    }

    /** The variant whose interval's low end clears the high end of every other variant's; none with fewer than two. */
    public Optional<String> winner() {
        if (variants.size() < 2) {
            return Optional.empty();
        }
        for (VariantOutcome v : variants) {
            boolean clears = variants.stream().filter(o -> o != v).allMatch(o -> v.proportion().low() > o.proportion().high());
            if (clears) {
                return Optional.ofNullable(v.key());
            }
        }
        return Optional.empty();
    }
}
