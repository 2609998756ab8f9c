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

    @Test
    void rejectsASummaryWhoseRatesWereComputedOnDifferentBases() {
        List<Fact> mixed = List.of(
                new Fact("finished", "Finished so far", 1150),
                new Fact("delivery_rate", "Delivery rate (% of finished messages)", 95.7, Fact.Base.FINISHED),
                new Fact("city_pune_rate", "Delivery rate (% of the audience) in Pune", 17.4, Fact.Base.AUDIENCE));
        String text = "95.7% of the 1,150 finished messages were delivered; Pune had 17.4%.";

        assertThat(FactCheck.inventedNumbers(text, mixed)).isEmpty();
        assertThat(FactCheck.bases(mixed)).containsExactlyInAnyOrder(Fact.Base.FINISHED, Fact.Base.AUDIENCE);
        assertThat(FactCheck.problems(text, mixed)).containsExactly(
                "compares rates computed on different bases: [FINISHED, AUDIENCE]");
    }

    @Test
    void acceptsRatesOnOneBaseOnlyWhenTheTextNamesIt() {
        List<Fact> same = List.of(
                new Fact("finished", "Finished so far", 1150),
                new Fact("delivery_rate", "Delivery rate (% of finished messages)", 95.7, Fact.Base.FINISHED),
                new Fact("city_pune_rate", "Delivery rate (% of finished messages) in Pune", 90.1, Fact.Base.FINISHED));

        assertThat(FactCheck.problems("95.7% of the 1,150 messages finished so far were delivered; Pune had 90.1%.", same))
                .isEmpty();
        assertThat(FactCheck.problems("95.7% were delivered; Pune had 90.1%.", same))
                .containsExactly("gives a rate without saying it is a share of the finished messages");
        assertThat(FactCheck.problems("1,150 messages have an outcome; 2,000 more are coming.", same))
                .containsExactly("states 2,000, which is not a fact");
    }

    @Test
    void conversionRatesMayStandBesideDeliveryRatesWhenEachNamesItsBase() {
        List<Fact> facts = List.of(
                new Fact("finished", "Finished", 1000),
                new Fact("delivery_rate", "Delivery rate (% of finished messages)", 95.0, Fact.Base.FINISHED),
                new Fact("conversions", "Converted", 71),
                new Fact("conversion_rate", "Conversion rate (% of delivered recipients)", 7.5, Fact.Base.DELIVERED),
                new Fact("holdout_conversion_rate", "Holdout conversion rate (% of holdout members)", 4.0, Fact.Base.HOLDOUT));

        assertThat(FactCheck.problems("95% of the 1,000 finished messages were delivered; 71 bought, 7.5% of delivered"
                + " recipients, against 4% in the holdout.", facts)).isEmpty();
        assertThat(FactCheck.problems("95% of the 1,000 finished messages were delivered; 71 bought (7.5%), against 4% in"
                + " the holdout.", facts)).containsExactly("gives a rate without saying it is a share of the delivered recipients");
        assertThat(FactCheck.problems("95% of the 1,000 finished messages were delivered; 7.5% of delivered recipients"
                + " bought, against 4% of those held back.", facts)).containsExactly(
                        "gives a rate without saying it is a share of the holdout members");
    }

    @Test
    void aNegativeFactMustKeepItsSign() {
        List<Fact> facts = List.of(new Fact("lift_low_points", "Lift, low end (percentage points)", -0.8),
                new Fact("lift_high_points", "Lift, high end (percentage points)", 3.2));

        assertThat(FactCheck.inventedNumbers("The lift lies between -0.8 and +3.2 points (or −0.8 to 3.2).", facts)).isEmpty();
        assertThat(FactCheck.inventedNumbers("The lift lies between 0.8 and 3.2 points.", facts)).containsExactly("0.8");
        assertThat(FactCheck.inventedNumbers("Sent 2026-12-07 to variant B2.", List.of(new Fact("year", "Year", 2026),
                new Fact("month", "Month", 12), new Fact("day", "Day", 7)))).isEmpty();
    }
}
