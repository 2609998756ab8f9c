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

    @Test
    void aCampaignWithNothingFinishedGivesNoRate() {
        List<Fact> facts = List.of(new Fact("reached", "Audience", 40), new Fact("finished", "Finished so far (sent or failed)", 0),
                new Fact("delivered", "Delivered", 0), new Fact("failed", "Failed", 0), new Fact("pending", "Still pending", 40));

        assertThat(writer.summarize("Slow", facts)).isEqualTo("None of the 40 messages has finished yet; 40 are pending.");
    }
}
