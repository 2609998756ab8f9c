package com.minicrm.adapter.out.llm.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Labels come from what the rule selects and what the message says. */
class LocalCampaignTaggerTest {
    private final LocalCampaignTagger tagger = new LocalCampaignTagger();

    @Test
    void labelsLapsedBigSpendersWithADiscountAsWinBackHighValueAndOffer() {
        String rule = """
                {"combinator":"and","rules":[{"field":"inactive_days","operator":">=","value":90},
                {"field":"total_spend","operator":">","value":25000}]}""";
        assertThat(tagger.tags(rule, "Hi {{first_name|there}}, we miss you! 15% off this week."))
                .containsExactly("Win-back", "High value", "Festive/Offer");
    }

    @Test
    void labelsFirstTimersAndRegularsFromVisitCounts() {
        assertThat(tagger.tags("{\"combinator\":\"and\",\"rules\":[{\"field\":\"visits\",\"operator\":\"=\",\"value\":0}]}",
                "Hello {{name}}")).containsExactly("New customers");
        assertThat(tagger.tags("{\"combinator\":\"and\",\"rules\":[{\"field\":\"visits\",\"operator\":\">=\",\"value\":6}]}",
                "Hello {{name}}")).containsExactly("Loyalty");
    }

    @Test
    void ignoresWhatANegatedGroupLeavesOutAndAnUnreadableRule() {
        String rule = """
                {"combinator":"and","rules":[{"field":"city","operator":"=","value":"Pune"},
                {"combinator":"and","not":true,"rules":[{"field":"inactive_days","operator":">=","value":90}]}]}""";
        assertThat(tagger.tags(rule, "New arrivals in {{city|your city}}")).isEmpty();
        assertThat(tagger.tags("not json", "Hello")).isEmpty();
    }
}
