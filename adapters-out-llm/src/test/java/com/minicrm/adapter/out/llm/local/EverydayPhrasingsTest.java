package com.minicrm.adapter.out.llm.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.out.ai.Vocabulary;
import com.minicrm.domain.segment.RuleDescription;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Everyday forms the readers generalise to: negations before dates and numbers, tags named by one
 * of their words, a negation carried over a list of tags, an exception over the relative clauses
 * that follow it, capitalised names after a name cue, and WhatsApp shorthand.
 */
class EverydayPhrasingsTest {
    private static final Vocabulary DATA = new Vocabulary(Set.of("Pune", "Delhi", "Jaipur", "a", "B"),
            Set.of("vip", "wholesale", "corporate", "cod_preferred", "high_returns", "app_user", "first_time_buyer"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            signed up not between 1 March 2025 and 31 March 2025 | Signed up not between 2025-03-01 and 2025-03-31
            customers whose first order wasn't on 5 May 2025 | First order ≠ 2025-05-05
            signup outside 2023 | Signed up not between 2023-01-01 and 2023-12-31
            visits not 2 | Orders ≠ 2
            spent precisely 7,500 | Total spend = ₹7,500
            AOV 1200 exactly | Avg order value = ₹1,200
            customers who are not wholesale, corporate or vip | Tags include none of ("wholesale", "corporate", "vip")
            COD customers from Pune | Tags include "cod_preferred" AND City = "Pune"
            returners from Delhi | Tags include "high_returns" AND City = "Delhi"
            app folks in Jaipur | Tags include "app_user" AND City = "Jaipur"
            people who prefer cash on delivery | Tags include "cod_preferred"
            ppl w/ spend b/w 2k n 8k | Total spend between ₹2,000 and ₹8,000
            signed up b4 2024 | Signed up < 2024-01-01
            customers with a name on file | Name is present
            everyone except wholesale buyers who live in Pune | NOT (Tags include "wholesale" AND City = "Pune")
            all customers but not those who are vip and spent under 2k | NOT (Tags include "vip" AND Total spend < ₹2,000)
            excluding Pune, customers who spent over 5k | City ≠ "Pune" AND Total spend > ₹5,000
            everyone except the vip buyers and the wholesale accounts | Tags include none of ("vip", "wholesale")
            customers who are not both vip and wholesale | NOT (Tags include "vip" AND Tags include "wholesale")
            customers who don't have a name | Name is missing
            people who don't live in Pune | City ≠ "Pune"
            spend outside the ₹1k–₹5k range | Total spend not between ₹1,000 and ₹5,000
            inactive days b/w 10 & 20 | Inactive between 10 and 20 days
            AOV other than ₹450 | Avg order value ≠ ₹450
            signup date other than 2025-02-14 | Signed up ≠ 2025-02-14
            most recent order before 1 June 2025 | Last order < 2025-06-01
            joined since 1 May 2025 onwards | Signed up ≥ 2025-05-01
            kindly share the vip customers in Delhi | Tags include "vip" AND City = "Delhi"
            vip, wholesale or corporate buyers | Tags include any of ("vip", "wholesale", "corporate")
            everyone except the high returners | Tags exclude "high_returns"
            customers who don't prefer COD | Tags exclude "cod_preferred"
            Delhi customers, as long as they spent over 1k | City = "Delhi" AND Total spend > ₹1,000
            vip or wholesale buyers in Delhi or 3+ orders, provided that they spent over 1k | ((Tags include any of ("vip", "wholesale") AND City = "Delhi") OR Orders ≥ 3) AND Total spend > ₹1,000
            customers with total purchases worth under 2k | Total spend < ₹2,000
            avg bill above 900 | Avg order value > ₹900
            spend greater than or equal to 4k | Total spend ≥ ₹4,000
            visits are neither 1 nor 2 | Orders not in (1, 2)
            Pune customers who have not bought even once | City = "Pune" AND Orders = 0
            customers not doing any shopping for 45 days | Inactive ≥ 45 days
            vip buyers not subscribed to the wholesale | Tags include "vip" AND Tags exclude "wholesale"
            customers whose average order works out to exactly 640 | Avg order value = ₹640
            customers buying through the app | Tags include "app_user"
            Pune customers with 2/4/6 orders | City = "Pune" AND Orders in (2, 4, 6)
            signed up on 1/2/25 | Signed up = 2025-02-01
            signed up in Q2 2025 | Signed up between 2025-04-01 and 2025-06-30
            last order not in Q3 2024 (Jul–Sep) | Last order not between 2024-07-01 and 2024-09-30
            spent 3 crore or above | Total spend ≥ ₹3,00,00,000
            visits 4 and above | Orders ≥ 4
            first order between 2 Jan and 15 Feb 2025 | First order between 2025-01-02 and 2025-02-15
            email has no 'test' in it | Email does not contain "test"
            customers named Anil Kumar or Sunita Rao | Name in ("Anil Kumar", "Sunita Rao")
            name is not Guest User | Name ≠ "Guest User"
            names except Sample Account, Trial User | Name not in ("Sample Account", "Trial User")
            """)
    void readsTheEverydayForm(String text, String description) {
        TextToRule.Reading reading = TextToRule.read(text, DATA, TODAY);

        assertThat(reading.unrecognized()).isEmpty();
        assertThat(reading.rule()).map(RuleDescription::describe).contains(description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            customers who love the app | love
            first buyers who time their orders | their
            vip customers subscribed to sms | sms
            """)
    void stillRefusesAWordItCannotPlace(String text, String word) {
        TextToRule.Reading reading = TextToRule.read(text, DATA, TODAY);

        assertThat(reading.rule()).isEmpty();
        assertThat(reading.unrecognized()).isNotEmpty();
    }
}
