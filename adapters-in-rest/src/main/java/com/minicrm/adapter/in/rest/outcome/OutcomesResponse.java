package com.minicrm.adapter.in.rest.outcome;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.outcome.CampaignOutcomes;
import com.minicrm.domain.outcome.HoldoutOutcome;
import com.minicrm.domain.outcome.Lift;
import com.minicrm.domain.outcome.VariantOutcome;
import java.math.BigDecimal;
import java.util.List;

/**
 * A campaign's outcomes as the API shows them: rates are fractions from 0 to 1, money is rupees
 * with 2 decimals. {@code variants} is empty with a single template; {@code holdout} and {@code lift}
 * are null without a holdout; {@code winner} names a variant only when its interval clears the others.
 */
public record OutcomesResponse(
        long conversions,
        long orders,
        BigDecimal revenue,
        double conversionRate,
        BigDecimal revenuePerRecipient,
        List<VariantResponse> variants,
        HoldoutResponse holdout,
        LiftResponse lift,
        String winner) {

    /** One variant's results. */
    public record VariantResponse(String key, long recipients, long delivered, long conversions, BigDecimal revenue,
            double conversionRate) {
        static VariantResponse from(VariantOutcome v) {
            return new VariantResponse(v.key(), v.recipients(), v.delivered(), v.conversions(), v.revenue(), v.conversionRate());
        }
    }

    /** The control group's results. */
    public record HoldoutResponse(long size, long conversions, double conversionRate) {
        static HoldoutResponse from(HoldoutOutcome h) {
            return new HoldoutResponse(h.size(), h.conversions(), h.conversionRate());
        }
    }

    /** Delivered minus holdout conversion rate, with its two-proportion 95% interval. */
    public record LiftResponse(double absolute, Double relative, double ci95Low, double ci95High) {
        static LiftResponse from(Lift l) {
            return new LiftResponse(l.absolute(), l.relative(), l.ci95Low(), l.ci95High());
        }
    }

    public static OutcomesResponse from(Campaign campaign, CampaignOutcomes o) {
        List<VariantResponse> variants = campaign.experiment().hasVariants()
                ? o.variants().stream().map(VariantResponse::from).toList() : List.of();
        return new OutcomesResponse(o.conversions(), o.orders(), o.revenue(), o.conversionRate(), o.revenuePerRecipient(),
                variants, o.holdout().map(HoldoutResponse::from).orElse(null), o.lift().map(LiftResponse::from).orElse(null),
                o.winner().orElse(null));
    }
}
