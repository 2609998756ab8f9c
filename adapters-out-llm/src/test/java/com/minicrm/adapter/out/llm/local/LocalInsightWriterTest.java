package com.minicrm.adapter.out.llm.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.insight.Fact;
import com.minicrm.domain.insight.Fact.Base;
import com.minicrm.domain.insight.FactCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local summary says how far a running campaign is and names the base of every rate. */
class LocalInsightWriterTest {
    private final LocalInsightWriter writer = new LocalInsightWriter();

    @Test
    void aRunningCampaignIsCountedOutOfTheMessagesFinishedSoFar() {
        List<Fact> facts = List.of(new Fact("reached", "Audience", 6333),
                new Fact("finished", "Finished so far (sent or failed)", 1150), new Fact("delivered", "Delivered", 1100),
                new Fact("failed", "Failed", 50), new Fact("pending", "Still pending", 5183),
                new Fact("delivery_rate", "Delivery rate (% of finished messages)", 95.7, Base.FINISHED),
                new Fact("city_pune_rate", "Delivery rate (% of finished messages) in Pune", 90.0, Base.FINISHED),
                new Fact("city_nagpur_rate", "Delivery rate (% of finished messages) in Nagpur", 98.7, Base.FINISHED),
                new Fact("minutes_running", "Minutes running so far", 12));

        String text = writer.summarize("Diwali", facts);

        assertThat(text).startsWith("So far 1,150 of the 6,333 messages have finished and 5,183 are still pending.")
                .contains("1,100 were delivered and 50 failed: a delivery rate of 95.7% of the 1,150 messages finished so far.")
                .contains("On the same base, the lowest city rate was Pune at 90%.")
                .contains("It has been running for 12 minutes.")
                .doesNotContain("reached");
        assertThat(FactCheck.problems(text, facts)).isEmpty();
    }

    @Test
    void aFinishedCampaignStillNamesTheBaseOfItsRate() {
        List<Fact> facts = List.of(new Fact("reached", "Audience", 12), new Fact("finished", "Finished (sent or failed)", 12),
                new Fact("delivered", "Delivered", 11), new Fact("failed", "Failed", 1), new Fact("pending", "Still pending", 0),
                new Fact("delivery_rate", "Delivery rate (% of finished messages)", 91.7, Base.FINISHED),
                new Fact("minutes_to_complete", "Minutes to complete", 1));

        String text = writer.summarize("Come back", facts);

        assertThat(text).isEqualTo("Your campaign reached 12 users. 11 were delivered and 1 failed: a delivery rate of 91.7%"
                + " of the 12 messages finished. It completed in 1 minutes.");
        assertThat(FactCheck.problems(text, facts)).isEmpty();
    }

    /** The usability pass read "reached 2,758 users" for a campaign that suppressed 2,495 of them. */
    @Test
    void aCampaignThatLeftPartOfItsAudienceOutSaysSoInsteadOfReachedAll() {
        List<Fact> facts = List.of(new Fact("reached", "Audience", 2758), new Fact("finished", "Finished (sent or failed)", 263),
                new Fact("delivered", "Delivered", 237), new Fact("failed", "Failed", 26), new Fact("pending", "Still pending", 0),
                new Fact("suppressed", "Not messaged (unsubscribed, over the frequency cap or without an address)", 2495),
                new Fact("delivery_rate", "Delivery rate (% of finished messages)", 90.1, Base.FINISHED));

        String text = writer.summarize("Win-back", facts);

        assertThat(text).startsWith("Your campaign's audience was 2,758 customers: 263 messages went out and 2,495 were not sent"
                + " (unsubscribed, over the frequency cap or without an address).").doesNotContain("reached");
        assertThat(FactCheck.problems(text, facts)).isEmpty();
    }

    @Test
    void aCampaignWithNothingFinishedGivesNoRate() {
        List<Fact> facts = List.of(new Fact("reached", "Audience", 40), new Fact("finished", "Finished so far (sent or failed)", 0),
                new Fact("delivered", "Delivered", 0), new Fact("failed", "Failed", 0), new Fact("pending", "Still pending", 40));

        assertThat(writer.summarize("Slow", facts)).isEqualTo("None of the 40 messages has finished yet; 40 are pending.");
    }

    @Test
    void statesConversionsRevenuePerRecipientTheWinnerAndTheLiftAsFacts() {
        List<Fact> facts = List.of(new Fact("reached", "Audience", 1000), new Fact("finished", "Finished (sent or failed)", 1000),
                new Fact("delivered", "Delivered", 950), new Fact("failed", "Failed", 50), new Fact("pending", "Still pending", 0),
                new Fact("delivery_rate", "Delivery rate (% of finished messages)", 95.0, Base.FINISHED),
                new Fact("conversions", "Delivered recipients who ordered within the attribution window", 71),
                new Fact("attributed_orders", "Attributed orders", 80),
                new Fact("revenue", "Attributed revenue (rupees)", 81345.65),
                new Fact("revenue_per_recipient", "Revenue per delivered recipient (rupees)", 85.63),
                new Fact("conversion_rate", "Conversion rate (% of delivered recipients)", 7.5, Base.DELIVERED),
                new Fact("variant_a_conversion_rate", "Conversion rate (% of delivered recipients), variant A", 10.0, Base.DELIVERED),
                new Fact("variant_b_conversion_rate", "Conversion rate (% of delivered recipients), variant B", 4.9, Base.DELIVERED),
                new Fact("best_variant_a", "Best variant, whose interval clears every other variant's: A (conversion rate,"
                        + " % of delivered recipients)", 10.0, Base.DELIVERED),
                new Fact("holdout_size", "Holdout members (sent no message)", 200),
                new Fact("holdout_conversions", "Holdout members who ordered within the window", 8),
                new Fact("holdout_conversion_rate", "Holdout conversion rate (% of holdout members)", 4.0, Base.HOLDOUT),
                new Fact("lift_points", "Lift over the holdout (percentage points)", 3.5),
                new Fact("lift_confidence", "Confidence level of the lift's interval (%)", 95),
                new Fact("lift_low_points", "Lift, low end of its interval (percentage points)", -0.3),
                new Fact("lift_high_points", "Lift, high end of its interval (percentage points)", 6.7));

        String text = writer.summarize("Diwali A/B", facts);

        assertThat(text).contains("71 delivered recipients ordered within the attribution window, 7.5% of delivered recipients,"
                        + " with 80 orders worth ₹81,345.65: ₹85.63 per delivered recipient.")
                .contains("Variant A converted best, at 10% of its delivered recipients")
                .contains("The holdout of 200 members, sent nothing, converted at 4% of holdout members, so the lift is +3.5"
                        + " percentage points (95% interval -0.3 to +6.7), an interval that includes no lift at all.");
        assertThat(FactCheck.problems(text, facts)).isEmpty();
    }

    @Test
    void saysNoVariantWonWhenTheirIntervalsOverlap() {
        List<Fact> facts = List.of(new Fact("reached", "Audience", 40), new Fact("finished", "Finished (sent or failed)", 40),
                new Fact("delivered", "Delivered", 40), new Fact("failed", "Failed", 0), new Fact("pending", "Still pending", 0),
                new Fact("conversions", "Delivered recipients who ordered within the attribution window", 5),
                new Fact("attributed_orders", "Attributed orders", 5), new Fact("revenue", "Attributed revenue (rupees)", 2500),
                new Fact("revenue_per_recipient", "Revenue per delivered recipient (rupees)", 62.5),
                new Fact("conversion_rate", "Conversion rate (% of delivered recipients)", 12.5, Base.DELIVERED),
                new Fact("variant_a_conversion_rate", "Conversion rate (% of delivered recipients), variant A", 15.0, Base.DELIVERED),
                new Fact("variant_b2_conversion_rate", "Conversion rate (% of delivered recipients), variant B2", 10.0, Base.DELIVERED),
                new Fact("no_clear_winner", "Variants compared, none clearly ahead (their intervals overlap)", 2));

        String text = writer.summarize("Small", facts);

        assertThat(text).contains("No variant is a clear winner, as their intervals overlap: A at 15%, B2 at 10% of delivered recipients.")
                .doesNotContain("converted best").doesNotContain("holdout");
        assertThat(FactCheck.problems(text, facts)).isEmpty();
    }
}
