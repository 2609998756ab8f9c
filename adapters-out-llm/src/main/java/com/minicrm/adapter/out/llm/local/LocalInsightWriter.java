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

/** Phrases campaign facts with fixed sentences, so every number in the summary is one of the facts as written. */
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
        find(facts, "reached").ifPresent(f -> sentences.add("Your campaign reached " + number(f) + " users."));
        find(facts, "delivered").ifPresent(delivered -> sentences.add(number(delivered) + " messages were delivered"
                + find(facts, "delivery_rate").map(r -> " (" + number(r) + "%)").orElse("")
                + find(facts, "failed").filter(f -> f.value() > 0).map(f -> " and " + number(f) + " failed").orElse("") + "."));
        find(facts, "pending").filter(f -> f.value() > 0).ifPresent(f -> sentences.add(number(f) + " are still pending."));
        facts.stream().filter(f -> f.key().startsWith("spend_")).max(Comparator.comparingDouble(Fact::value))
                .ifPresent(f -> sentences.add("Customers with " + f.label().substring(f.label().indexOf("spend ") + 6)
                        + " spend had a " + number(f) + "% delivery rate."));
        facts.stream().filter(f -> f.key().startsWith("city_")).min(Comparator.comparingDouble(Fact::value))
                .filter(f -> facts.stream().filter(o -> o.key().startsWith("city_")).count() > 1)
                .ifPresent(f -> sentences.add("The lowest city delivery rate was " + f.label().substring(f.label().indexOf(" in ") + 4)
                        + " at " + number(f) + "%."));
        facts.stream().filter(f -> f.key().startsWith("failure_")).findFirst().ifPresent(f -> sentences.add(
                "The most common failure was \"" + f.label().substring("Failed: ".length()) + "\" (" + number(f) + " messages)."));
        find(facts, "minutes_to_complete").ifPresent(f -> sentences.add("It completed in " + number(f) + " minutes."));
        return String.join(" ", sentences);
    }

    private static Optional<Fact> find(List<Fact> facts, String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    private static String number(Fact f) {
        Number n = f.number();
        return n instanceof Long l ? String.format(Locale.ROOT, "%,d", l) : n.toString();
    }
}
