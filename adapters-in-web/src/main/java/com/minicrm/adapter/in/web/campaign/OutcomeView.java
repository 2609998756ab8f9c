package com.minicrm.adapter.in.web.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.in.web.layout.Formats;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.Variant;
import com.minicrm.domain.outcome.CampaignOutcomes;
import com.minicrm.domain.outcome.ConversionsAt;
import com.minicrm.domain.outcome.Lift;
import com.minicrm.domain.outcome.VariantOutcome;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A campaign's outcomes as the detail page prints them: money in rupees, rates in percent. */
public record OutcomeView(
        String revenue,
        String conversions,
        String conversionRate,
        String revenuePerRecipient,
        String orders,
        int windowHours,
        List<VariantRow> variants,
        HoldoutRow holdout,
        LiftRow lift,
        String winner,
        String chartData) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One variant's line in the table. */
    public record VariantRow(String key, String template, int weight, String recipients, String delivered, String conversions,
            String rate, String interval, String revenue, boolean winner) {}

    /** The control group's line. */
    public record HoldoutRow(int percent, String size, String conversions, String rate) {}

    /** The lift over the holdout in percentage points, with its interval, and whether the interval is above zero. */
    public record LiftRow(String absolute, String relative, String interval, boolean significant) {}

    static OutcomeView of(Campaign campaign, CampaignOutcomes o, List<ConversionsAt> daily) {
        String winner = o.winner().orElse(null);
        List<VariantRow> rows = campaign.experiment().hasVariants() ? o.variants().stream().map(v -> row(campaign, v, winner)).toList()
                : List.of();
        HoldoutRow holdout = o.holdout().map(h -> new HoldoutRow(campaign.experiment().holdoutPercent(), Formats.grouped(h.size()),
                Formats.grouped(h.conversions()), percent(h.conversionRate()))).orElse(null);
        LiftRow lift = o.lift().map(OutcomeView::lift).orElse(null);
        return new OutcomeView(Formats.inr(o.revenue()), Formats.grouped(o.conversions()), percent(o.conversionRate()),
                "₹" + o.revenuePerRecipient().toPlainString(), Formats.grouped(o.orders()), campaign.experiment().attributionWindowHours(),
                rows, holdout, lift, winner, chart(daily));
    }

    private static VariantRow row(Campaign campaign, VariantOutcome v, String winner) {
        Variant variant = campaign.experiment().variant(v.key()).orElseThrow();
        String interval = v.delivered() == 0 ? "—" : percent(v.proportion().low()) + " – " + percent(v.proportion().high());
        return new VariantRow(v.key(), variant.template().text(), variant.weight(), Formats.grouped(v.recipients()),
                Formats.grouped(v.delivered()), Formats.grouped(v.conversions()), percent(v.conversionRate()), interval,
                Formats.inr(v.revenue()), v.key().equals(winner));
    }

    private static LiftRow lift(Lift l) {
        String relative = l.relative() == null ? "—" : String.format(Locale.ROOT, "%+.0f%%", l.relative() * 100);
        return new LiftRow(points(l.absolute()), relative, points(l.ci95Low()) + " to " + points(l.ci95High()), l.ci95Low() > 0);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String points(double difference) {
        return String.format(Locale.ROOT, "%+.1f pts", difference * 100);
    }

    /** The conversions-over-time chart's data, for a data attribute (the CSP allows no inline script). */
    private static String chart(List<ConversionsAt> daily) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("days", daily.stream().map(d -> Formats.day(d.from())).toList());
        data.put("orders", daily.stream().map(ConversionsAt::orders).toList());
        data.put("revenue", daily.stream().map(d -> d.revenue() == null ? BigDecimal.ZERO : d.revenue()).toList());
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps and lists always serialise", e);
        }
    }
}
