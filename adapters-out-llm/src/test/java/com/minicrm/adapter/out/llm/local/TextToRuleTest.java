package com.minicrm.adapter.out.llm.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.out.ai.Vocabulary;
import com.minicrm.domain.segment.RuleDescription;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The local engine reads phrasings beyond the evaluation set, and refuses what it cannot read. */
class TextToRuleTest {
    private static final Vocabulary DATA = new Vocabulary(
            Set.of("Mumbai", "Delhi", "Bengaluru", "Pune", "Chennai", "Kolkata", "Hyderabad", "Jaipur"),
            Set.of("vip", "loyal", "wholesale"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Show me all shoppers who have spent over Rs. 25,000 in total | Total spend > ₹25,000
            users from Hyderabad or Pune who haven't bought anything in the last 60 days | City in ("Hyderabad", "Pune") AND Inactive ≥ 60 days
            customers with more than 3 orders but less than ₹2000 spend | Orders > 3 AND Total spend < ₹2,000
            one-time buyers in Mumbai | Orders = 1 AND City = "Mumbai"
            repeat customers from Bangalore | Orders ≥ 2 AND City = "Bengaluru"
            lapsed customers | Orders ≥ 1 AND Inactive ≥ 90 days
            customers not in Mumbai or Delhi | City not in ("Mumbai", "Delhi")
            spent 1.5 lakh or more | Total spend ≥ ₹1,50,000
            spend above 1.5L | Total spend > ₹1,50,000
            total spend over 20 thousand rupees | Total spend > ₹20,000
            AOV > 3k | Avg order value > ₹3,000
            customers whose last order was more than 60 days ago | Orders ≥ 1 AND Inactive > 60 days
            no orders in the last 3 months | Inactive ≥ 90 days
            people who joined in the last 30 days | Signed up ≥ 2026-10-26
            customers who joined in 2024 | Signed up between 2024-01-01 and 2024-12-31
            customers with email ending in @company.co.in | Email ends with "@company.co.in"
            customers without the vip tag | Tags exclude "vip"
            non-vip customers in Chennai | Tags exclude "vip" AND City = "Chennai"
            customers from Mumbai, Delhi and Pune | City in ("Mumbai", "Delhi", "Pune")
            everyone except vip customers | Tags exclude "vip"
            customers who spent between ₹5k and ₹20k and visited at least twice | Total spend between ₹5,000 and ₹20,000 AND Orders ≥ 2
            customers in Jaipur or with spend above 50000 | City = "Jaipur" OR Total spend > ₹50,000
            Customers who spent less than 500 or more than 50000 | Total spend < ₹500 OR Total spend > ₹50,000
            spend > 10000 and (visits < 3 or inactive > 90) | Total spend > ₹10,000 AND (Orders < 3 OR Inactive > 90 days)
            customers with spend not more than 2000 | Total spend ≤ ₹2,000
            customers who haven't spent more than 5k | Total spend ≤ ₹5,000
            customers inactive for over a year | Inactive > 365 days
            customers who have spent between 10k-50k | Total spend between ₹10,000 and ₹50,000
            customers outside Delhi | City ≠ "Delhi"
            customers with last order date before 2025-06-01 | Last order < 2025-06-01
            clients who last purchased over 120 days ago | Orders ≥ 1 AND Inactive > 120 days
            vip customers from Bangalore who haven't ordered in 60 days | Tags include "vip" AND City = "Bengaluru" AND Inactive ≥ 60 days
            people using gmail or yahoo | Email ends with "@gmail.com" OR Email ends with "@yahoo.com"
            customers with 2 to 5 orders | Orders between 2 and 5
            customers who registered after March 2025 | Signed up > 2025-03-31
            people who placed their first order in 2025 | First order between 2025-01-01 and 2025-12-31
            customers with an AOV under ₹800 in Jaipur | Avg order value < ₹800 AND City = "Jaipur"
            all customers except those in Mumbai and Pune | City not in ("Mumbai", "Pune")
            customers that never bought anything | Orders = 0
            customers with lifetime value above 1 lakh | Total spend > ₹1,00,000
            visits >= 5 and city = Mumbai | Orders ≥ 5 AND City = "Mumbai"
            city != Pune and tag = vip | City ≠ "Pune" AND Tags include "vip"
            customers who have not ordered since January 2025 | Last order < 2025-01-01
            customers who last ordered before 2025-03-01 | Last order < 2025-03-01
            customers who haven't placed an order in over 4 months | Inactive > 120 days
            customers with no visits in the last 30 days | Inactive ≥ 30 days
            total_spend > 10000 | Total spend > ₹10,000
            customers with fewer than three visits | Orders < 3
            """)
    void readsThePhrasing(String text, String description) {
        TextToRule.Reading reading = TextToRule.read(text, DATA, TODAY);
        assertThat(reading.unrecognized()).isEmpty();
        assertThat(reading.rule()).map(RuleDescription::describe).contains(description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            customers who like cricket | like
            high value customers | high
            big spenders | spenders
            customers who spent over 10k in the last 30 days | days
            customers in Springfield | springfield
            people who did not | not
            customers who ordered recently | recently
            """)
    void namesTheWordsItCouldNotPlaceInsteadOfGuessing(String text, String word) {
        TextToRule.Reading reading = TextToRule.read(text, DATA, TODAY);
        assertThat(reading.rule()).isEmpty();
        assertThat(reading.unrecognized()).contains(word);
    }
}
