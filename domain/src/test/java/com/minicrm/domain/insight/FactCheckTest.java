package com.minicrm.domain.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A summary may repeat the facts in any usual notation, and nothing else. */
class FactCheckTest {
    private static final List<Fact> FACTS = List.of(
            new Fact("reached", "Audience reached", 1284),
            new Fact("delivered", "Delivered", 1140),
            new Fact("delivery_rate", "Delivery rate (%)", 88.78),
            new Fact("spend_over_10_000_rate", "Delivery rate (%), spend over ₹10,000", 95));

    @Test
    void acceptsTheFactsWithSeparatorsRoundingPercentSignsAndTheNumbersOfTheirLabels() {
        assertThat(FactCheck.inventedNumbers("Your campaign reached 1,284 users; 1140 got it (88.8%, about 89%). "
                + "Customers with over ₹10K spend had a 95% delivery rate.", FACTS)).isEmpty();
    }

    @Test
    void namesEveryNumberThatNoFactAccountsFor() {
        assertThat(FactCheck.inventedNumbers("Your campaign reached 1,284 users and made ₹2.5 lakh in sales; 12% clicked.", FACTS))
                .containsExactly("2.5 lakh", "12");
    }
}
