package com.minicrm.adapter.out.llm.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.adapter.out.llm.local.Concepts.Concept;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words missing from the lexicon are placed by meaning, and only when clearly about one concept. */
class ConceptsTest {
    private static final Set<Concept> ALL = EnumSet.allOf(Concept.class);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"expenditure, SPEND", "shopaholics, SPEND", "splurged, SPEND", "ghosted, INACTIVITY",
            "vanished, INACTIVITY", "stopped visiting, RETURNING", "typical ticket, AVERAGE_ORDER"})
    void placesAWordByItsMeaning(String phrase, Concept expected) {
        assertThat(Concepts.place(phrase, ALL)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cricket fans", "dog lovers", "married", "engineers", "electronics", "shoes", "coupons", "female"})
    void leavesAWordAboutSomethingRulesCannotExpress(String phrase) {
        assertThat(Concepts.place(phrase, ALL)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dropped", "shelled out", "blew"})
    void placesASpendingVerbRightBeforeAnAmountByItsFramedReading(String phrase) {
        assertThat(Concepts.place(phrase, Set.of(Concept.SPEND), true)).contains(Concept.SPEND);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"electronics", "like", "cricket fans"})
    void refusesAnAttributeEvenRightBeforeAnAmount(String phrase) {
        assertThat(Concepts.place(phrase, Set.of(Concept.SPEND), true)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"expenditure", "shopaholics"})
    void placesOnlyAmongTheAllowedConcepts(String phrase) {
        assertThat(Concepts.place(phrase, Set.of(Concept.SIGNUP))).isEmpty();
    }
}
