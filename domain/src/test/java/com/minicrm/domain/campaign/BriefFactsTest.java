package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.minicrm.domain.campaign.BriefFacts.Kind;
import com.minicrm.domain.campaign.BriefFacts.Stated;
import org.junit.jupiter.api.Test;

class BriefFactsTest {
    private static final String DIWALI = "Diwali sale: 15% off above ₹999 with code DIWALI2025 till 31 Dec, first 100 orders only";

    @Test
    void findsEveryKindOfFactInABriefInItsOrder() {
        assertThat(BriefFacts.of(DIWALI).stated()).extracting(Stated::kind, Stated::text, Stated::value).containsExactly(
                tuple(Kind.PERCENT, "15%", "15%"),
                tuple(Kind.AMOUNT, "₹999", "₹999"),
                tuple(Kind.CODE, "DIWALI2025", "DIWALI2025"),
                tuple(Kind.DATE, "31 Dec", "--12-31"),
                tuple(Kind.NUMBER, "100", "100"));
    }

    @Test
    void readsIndianAmountsAndDateSpellingsAsOneValue() {
        assertThat(BriefFacts.of("₹1.5 lakh, Rs. 2,500, 3k, 10 lakhs, 5 cr, 250 rupees").stated())
                .extracting(Stated::kind, Stated::value).containsExactly(
                        tuple(Kind.AMOUNT, "₹150000"), tuple(Kind.AMOUNT, "₹2500"), tuple(Kind.AMOUNT, "₹3000"),
                        tuple(Kind.AMOUNT, "₹1000000"), tuple(Kind.AMOUNT, "₹50000000"), tuple(Kind.AMOUNT, "₹250"));
        assertThat(BriefFacts.of("2025-11-01, 1/11/2025, 1st November 2025, Nov 1, 2025, 12 percent, use code WELCOME").stated())
                .extracting(Stated::kind, Stated::value).containsExactly(
                        tuple(Kind.DATE, "2025-11-01"), tuple(Kind.DATE, "2025-11-01"), tuple(Kind.DATE, "2025-11-01"),
                        tuple(Kind.DATE, "2025-11-01"), tuple(Kind.PERCENT, "12%"), tuple(Kind.CODE, "WELCOME"));
    }

    @Test
    void aMessageKeepsTheFactsWhenItRepeatsEachValueInAnySpelling() {
        BriefFacts brief = BriefFacts.of(DIWALI);

        assertThat(brief.brokenBy("Hi {{first_name|there}}! Take 15 % off orders over Rs 999 with DIWALI2025, only for the"
                + " first 100 orders, until Dec 31. Ends in 48 hours.")).isEmpty();
    }

    @Test
    void aMessageThatChangesTheDiscountBreaksTheBrief() {
        BriefFacts brief = BriefFacts.of("Win back lapsed customers with 15% off");

        assertThat(brief.brokenBy("Hey, your 20% comeback offer ends in 48 hours!"))
                .containsExactly("leaves out 15%", "states 20%, which the brief does not");
        assertThat(brief.keptBy("Hey, 15% off today and an extra 5% tomorrow!")).isFalse();
        assertThat(brief.keptBy("Hey, your 15% comeback offer ends in 48 hours!")).isTrue();
    }

    @Test
    void aMessageThatDropsOrAltersACodeAmountNumberOrDateBreaksTheBrief() {
        BriefFacts brief = BriefFacts.of(DIWALI);
        String kept = "15% off above ₹999 with code DIWALI2025 till 31 Dec, first 100 orders";

        assertThat(brief.keptBy(kept)).isTrue();
        assertThat(brief.brokenBy(kept.replace("DIWALI2025", "diwali2025"))).containsExactly("leaves out DIWALI2025");
        assertThat(brief.brokenBy(kept.replace("₹999", "₹899"))).containsExactly("leaves out ₹999", "states ₹899, which the brief does not");
        assertThat(brief.brokenBy(kept.replace("100", "200"))).containsExactly("leaves out 100");
        assertThat(brief.brokenBy(kept.replace("31 Dec", "30 Dec"))).containsExactly("leaves out 31 Dec");
        assertThat(brief.brokenBy(kept.replace("₹999", "999"))).containsExactly("leaves out ₹999");
    }

    @Test
    void aBriefWithoutFactsAsksNothingOfItsMessages() {
        BriefFacts brief = BriefFacts.of("Win back customers who have not ordered lately");

        assertThat(brief.isEmpty()).isTrue();
        assertThat(brief.keptBy("Hi, 20% off this week with code BACK20")).isTrue();
    }
}
