package com.minicrm.adapter.out.llm.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.out.ai.Vocabulary;
import com.minicrm.domain.segment.RuleDescription;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text a security tester sends: the engine refuses it, naming what it could not read, and never throws. */
class HostileTextTest {
    private static final Vocabulary DATA = new Vocabulary(Set.of("Mumbai", "Pune"), Set.of("vip"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            joined in the last 99999999999999 years | 99999999999999
            inactive for 9999999999999999999999 months | 9999999999999999999999
            spent more than 99999999999999999999 crore | 99999999999999999999
            customers with 1, 2 or 99999999999999999999999 orders | 99999999999999999999999
            signed up between 5 and 99999999 years ago | 99999999
            """)
    void anAbsurdNumberIsRefusedAndListed(String text, String number) {
        TextToRule.Reading reading = TextToRule.read(text, DATA, TODAY);

        assertThat(reading.rule()).isEmpty();
        assertThat(String.join(" ", reading.unrecognized())).contains(number);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            email ending in @' OR 1=1 --
            name starts with A; DROP TABLE customers #
            city is Pune $(rm -rf)
            """)
    void charactersThatNoWordExplainsAreNotDropped(String text) {
        TextToRule.Reading reading = TextToRule.read(text, DATA, TODAY);

        assertThat(reading.rule().map(RuleDescription::describe)).isEmpty();
        assertThat(reading.unrecognized()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            inactive for 1000 years | Inactive ≥ 3,65,000 days
            spent over 2 crore | Total spend > ₹2,00,00,000
            email ending in @shop.co.in | Email ends with "@shop.co.in"
            """)
    void largeButPossibleNumbersAndAddressesStillRead(String text, String description) {
        assertThat(TextToRule.read(text, DATA, TODAY).rule()).map(RuleDescription::describe).contains(description);
    }

    /** The usability pass saw "top 10% spenders" become Total spend ≥ ₹10, matching almost everyone. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            top 10% spenders | top 10%
            top 100 customers by spend | top 100
            best 50 buyers in Mumbai | best 50
            customers in the 90th percentile of spend | 90th percentile
            the bottom 5 percent by orders | bottom 5 percent
            """)
    void aRankingOrShareIsRefusedNotReadAsAThreshold(String text, String words) {
        TextToRule.Reading reading = TextToRule.read(text, DATA, TODAY);

        assertThat(reading.rule()).isEmpty();
        assertThat(reading.unrecognized()).contains(words);
    }
}
