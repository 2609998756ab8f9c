package com.minicrm.adapter.out.llm.local;

import com.minicrm.application.port.out.ai.InsightWriter;
import com.minicrm.domain.insight.Fact;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Phrases campaign facts with fixed sentences, so every number in the summary is one of the facts as
 * written. While messages are pending it says so, and every rate names its base: the messages
 * finished so far, not the whole audience. Conversion facts, when there are any, follow in
 * {@link LocalOutcomeSentences}.
 */
@ApplicationScoped
@Identifier("local")
class LocalInsightWriter implements InsightWriter {
    @Override
    public String engine() {
        return "local";
    }

    @Override
    public String summarize(String campaignName, List<Fact> facts) {
        List<String> sentences = new ArrayList<>();
        long pending = find(facts, "pending").map(f -> (long) f.value()).orElse(0L);
        String audience = find(facts, "reached").map(LocalInsightWriter::number).orElse("?");
        String finished = find(facts, "finished").map(LocalInsightWriter::number).orElse("0");
        boolean none = find(facts, "finished").map(f -> f.value() == 0).orElse(true);
        if (pending > 0) {
            sentences.add(none ? "None of the " + audience + " messages has finished yet; " + number(pending) + " are pending."
                    : "So far " + finished + " of the " + audience + " messages have finished and " + number(pending)
                    + " are still pending.");
        } else if (find(facts, "suppressed").isPresent()) {
            // the audience is not who was reached when some of it was left out: say both
            sentences.add("Your campaign's audience was " + audience + " customers: " + finished + " messages went out and "
                    + find(facts, "suppressed").map(LocalInsightWriter::number).orElse("0")
                    + " were not sent (unsubscribed, over the frequency cap or without an address).");
        } else {
            sentences.add("Your campaign reached " + audience + " users.");
        }
        String base = pending > 0 ? "of the " + finished + " messages finished so far" : "of the " + finished + " messages finished";
        find(facts, "delivery_rate").ifPresent(rate -> sentences.add(find(facts, "delivered").map(LocalInsightWriter::number).orElse("0")
                + " were delivered and " + find(facts, "failed").map(LocalInsightWriter::number).orElse("0") + " failed: a delivery rate of "
                + number(rate) + "% " + base + "."));
        List<String> breakdown = new ArrayList<>();
        facts.stream().filter(f -> f.key().startsWith("spend_")).max(Comparator.comparingDouble(Fact::value))
                .ifPresent(f -> breakdown.add("customers with " + f.label().substring(f.label().indexOf("spend ") + 6)
                        + " spend had a " + number(f) + "% delivery rate"));
        facts.stream().filter(f -> f.key().startsWith("city_")).min(Comparator.comparingDouble(Fact::value))
                .filter(f -> facts.stream().filter(o -> o.key().startsWith("city_")).count() > 1)
                .ifPresent(f -> breakdown.add("the lowest city rate was " + f.label().substring(f.label().indexOf(" in ") + 4)
                        + " at " + number(f) + "%"));
        if (!breakdown.isEmpty()) {
            String joined = String.join(", and ", breakdown);
            sentences.add("On the same base, " + joined + ".");
        }
        facts.stream().filter(f -> f.key().startsWith("failure_")).findFirst().ifPresent(f -> sentences.add(
                "The most common failure was \"" + f.label().substring("Failed: ".length()) + "\" (" + number(f) + " messages)."));
        sentences.addAll(LocalOutcomeSentences.of(facts));
        find(facts, "minutes_to_complete").ifPresent(f -> sentences.add("It completed in " + number(f) + " minutes."));
        find(facts, "minutes_running").filter(f -> pending > 0 && f.value() >= 1)
                .ifPresent(f -> sentences.add("It has been running for " + number(f) + " minutes."));
        return String.join(" ", sentences);
    }

    static Optional<Fact> find(List<Fact> facts, String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    static String number(Fact f) {
        Number n = f.number();
        return n instanceof Long l ? number(l) : n.toString();
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
