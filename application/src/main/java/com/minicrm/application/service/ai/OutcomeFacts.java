package com.minicrm.application.service.ai;

import com.minicrm.domain.insight.Fact;
import com.minicrm.domain.insight.Fact.Base;
import com.minicrm.domain.outcome.CampaignOutcomes;
import com.minicrm.domain.outcome.HoldoutOutcome;
import com.minicrm.domain.outcome.Lift;
import com.minicrm.domain.outcome.VariantOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The conversion facts of a campaign summary, taken from its computed outcomes: converters, orders,
 * revenue and revenue per delivered recipient, each variant's rate, the best variant only when its
 * interval clears every other's (else how many were compared with none ahead), and the holdout and
 * the lift over it with its 95% interval. Rates are percentages with one decimal, lifts percentage points.
 */
final class OutcomeFacts {
    static final int CONFIDENCE = 95;

    private OutcomeFacts() {}

    static List<Fact> of(CampaignOutcomes o) {
        List<Fact> facts = new ArrayList<>();
        if (o.delivered() == 0) {
            return facts;
        }
        facts.add(new Fact("conversions", "Delivered recipients who ordered within the attribution window", o.conversions()));
        facts.add(new Fact("attributed_orders", "Attributed orders", o.orders()));
        facts.add(new Fact("revenue", "Attributed revenue (rupees)", o.revenue().doubleValue()));
        facts.add(new Fact("revenue_per_recipient", "Revenue per delivered recipient (rupees)", o.revenuePerRecipient().doubleValue()));
        facts.add(percent("conversion_rate", "Conversion rate (% of delivered recipients)", o.conversions(), o.delivered(),
                Base.DELIVERED));
        List<VariantOutcome> variants = o.variants().stream().filter(v -> v.key() != null && v.delivered() > 0).toList();
        if (variants.size() > 1) {
            for (VariantOutcome v : variants) {
                facts.add(percent("variant_" + key(v.key()) + "_conversion_rate", "Conversion rate (% of delivered recipients), variant "
                        + v.key(), v.conversions(), v.delivered(), Base.DELIVERED));
            }
            Optional<String> winner = o.winner();
            if (winner.isPresent()) {
                VariantOutcome best = variants.stream().filter(v -> v.key().equals(winner.get())).findFirst().orElseThrow();
                facts.add(percent("best_variant_" + key(best.key()), "Best variant, whose interval clears every other variant's: "
                        + best.key() + " (conversion rate, % of delivered recipients)", best.conversions(), best.delivered(),
                        Base.DELIVERED));
            } else {
                facts.add(new Fact("no_clear_winner", "Variants compared, none clearly ahead (their intervals overlap)", variants.size()));
            }
        }
        o.holdout().filter(h -> h.size() > 0).ifPresent(h -> holdout(facts, h, o.lift()));
        return facts;
    }

    private static void holdout(List<Fact> facts, HoldoutOutcome h, Optional<Lift> lift) {
        facts.add(new Fact("holdout_size", "Holdout members (sent no message)", h.size()));
        facts.add(new Fact("holdout_conversions", "Holdout members who ordered within the window", h.conversions()));
        facts.add(percent("holdout_conversion_rate", "Holdout conversion rate (% of holdout members)", h.conversions(), h.size(),
                Base.HOLDOUT));
        lift.ifPresent(l -> {
            facts.add(new Fact("lift_points", "Lift over the holdout (percentage points)", points(l.absolute())));
            facts.add(new Fact("lift_confidence", "Confidence level of the lift's interval (%)", CONFIDENCE));
            facts.add(new Fact("lift_low_points", "Lift, low end of its interval (percentage points)", points(l.ci95Low())));
            facts.add(new Fact("lift_high_points", "Lift, high end of its interval (percentage points)", points(l.ci95High())));
            if (l.relative() != null) {
                facts.add(new Fact("lift_relative", "Relative lift over the holdout's conversion rate (%)", points(l.relative())));
            }
        });
    }

    private static Fact percent(String key, String label, long part, long whole, Base base) {
        return new Fact(key, label, Math.round(part * 1000.0 / whole) / 10.0, base);
    }

    /** A difference of two shares, in percentage points with one decimal. */
    private static double points(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
