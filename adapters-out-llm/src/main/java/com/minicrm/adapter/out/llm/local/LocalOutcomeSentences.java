package com.minicrm.adapter.out.llm.local;

import static com.minicrm.adapter.out.llm.local.LocalInsightWriter.find;
import static com.minicrm.adapter.out.llm.local.LocalInsightWriter.number;

import com.minicrm.domain.insight.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The conversion part of the local summary: converters and revenue per delivered recipient, the best
 * variant or that none is clearly ahead, and the lift over the holdout with its interval. Each number
 * is a fact as written; money keeps its paise.
 */
final class LocalOutcomeSentences {
    private static final String VARIANT_RATE = "Conversion rate (% of delivered recipients), variant ";

    private LocalOutcomeSentences() {}

    static List<String> of(List<Fact> facts) {
        List<String> sentences = new ArrayList<>();
        Optional<Fact> conversions = find(facts, "conversions");
        if (conversions.isEmpty()) {
            return sentences;
        }
        sentences.add(number(conversions.get()) + " delivered recipients ordered within the attribution window, "
                + find(facts, "conversion_rate").map(LocalInsightWriter::number).orElse("0") + "% of delivered recipients, with "
                + find(facts, "attributed_orders").map(LocalInsightWriter::number).orElse("0") + " orders worth "
                + rupees(find(facts, "revenue")) + ": " + rupees(find(facts, "revenue_per_recipient")) + " per delivered recipient.");
        Optional<Fact> best = facts.stream().filter(f -> f.key().startsWith("best_variant_")).findFirst();
        List<Fact> variants = facts.stream().filter(f -> f.label().startsWith(VARIANT_RATE)).toList();
        if (best.isPresent()) {
            String key = best.get().label().substring(best.get().label().indexOf(": ") + 2, best.get().label().lastIndexOf(" ("));
            sentences.add("Variant " + key + " converted best, at " + number(best.get())
                    + "% of its delivered recipients, and its interval clears every other variant's.");
        } else if (find(facts, "no_clear_winner").isPresent()) {
            List<String> rates = variants.stream()
                    .map(f -> f.label().substring(VARIANT_RATE.length()) + " at " + number(f) + "%").toList();
            sentences.add("No variant is a clear winner, as their intervals overlap: " + String.join(", ", rates)
                    + " of delivered recipients.");
        }
        find(facts, "holdout_conversion_rate").ifPresent(holdout -> {
            StringBuilder s = new StringBuilder("The holdout of ")
                    .append(find(facts, "holdout_size").map(LocalInsightWriter::number).orElse("0"))
                    .append(" members, sent nothing, converted at ").append(number(holdout)).append("% of holdout members");
            find(facts, "lift_points").ifPresent(lift -> {
                s.append(", so the lift is ").append(signed(lift)).append(" percentage points (")
                        .append(find(facts, "lift_confidence").map(LocalInsightWriter::number).orElse("")).append("% interval ")
                        .append(find(facts, "lift_low_points").map(LocalOutcomeSentences::signed).orElse("")).append(" to ")
                        .append(find(facts, "lift_high_points").map(LocalOutcomeSentences::signed).orElse("")).append(")");
                find(facts, "lift_low_points").filter(low -> low.value() <= 0)
                        .ifPresent(low -> s.append(", an interval that includes no lift at all"));
            });
            sentences.add(s.append(".").toString());
        });
        return sentences;
    }

    private static String signed(Fact f) {
        String n = number(f);
        return f.value() > 0 ? "+" + n : n;
    }

    private static String rupees(Optional<Fact> amount) {
        return "₹" + String.format(Locale.ROOT, "%,.2f", amount.map(Fact::value).orElse(0.0));
    }
}
