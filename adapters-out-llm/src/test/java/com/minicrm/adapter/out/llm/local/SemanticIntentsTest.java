package com.minicrm.adapter.out.llm.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Objectives without a single cue word still find their intent through the in-process sentence embedding. */
class SemanticIntentsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            get people who stopped purchasing to start again | win-back
            make shoppers add pricier items to their carts | upsell
            say hello to people who registered yesterday | welcome
            show gratitude to our most devoted shoppers | loyalty
            """)
    void findsTheIntentOfAnObjectiveWithoutCueWords(String objective, String intent) {
        assertThat(Intents.classify(objective)).isNull();
        assertThat(SemanticIntents.classify(objective)).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            quarterly tax filing reminder
            """)
    void leavesUnrelatedTextUnclassified(String objective) {
        assertThat(SemanticIntents.classify(objective)).isNull();
    }
}
