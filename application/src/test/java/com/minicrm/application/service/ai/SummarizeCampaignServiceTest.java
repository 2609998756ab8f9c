package com.minicrm.application.service.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.ai.SummarizeCampaignUseCase.CampaignInsights;
import com.minicrm.application.port.out.ai.CampaignStatistics;
import com.minicrm.application.port.out.ai.CampaignStatistics.Breakdown;
import com.minicrm.application.port.out.ai.CampaignStatistics.Group;
import com.minicrm.application.port.out.ai.CampaignStatistics.Reason;
import com.minicrm.application.port.out.ai.InsightWriter;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.insight.Fact;
import com.minicrm.domain.insight.FactCheck;
import com.minicrm.domain.outcome.CampaignOutcomes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** While a campaign runs, every rate is a share of the messages finished so far, as the counters above it are. */
class SummarizeCampaignServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Breakdown BREAKDOWN = new Breakdown(
            List.of(new Group("over ₹10,000", 300, 291), new Group("under ₹1,000", 0, 0)),
            List.of(new Group("Pune", 400, 360), new Group("Nagpur", 750, 740)),
            List.of(new Reason("invalid number", 50)));

    @Test
    void givesEveryRateOfARunningCampaignTheBaseOfTheFinishedMessages() {
        CampaignInsights insights = service(CampaignSeven.of(NOW, Duration.ofMinutes(20), CampaignStatus.RUNNING, 6333, 1100, 50), new FixedInsightWriter("local", "local text")).insights(7);
        Map<String, Fact> facts = insights.facts().stream().collect(Collectors.toMap(Fact::key, f -> f));

        assertThat(facts.get("reached").value()).isEqualTo(6333);
        assertThat(facts.get("finished").value()).isEqualTo(1150);
        assertThat(facts.get("pending").value()).isEqualTo(5183);
        assertThat(facts.get("delivery_rate").value()).isEqualTo(95.7);
        assertThat(facts.get("city_pune_rate").value()).isEqualTo(90.0);
        assertThat(facts.get("spend_over_10_000_rate").value()).isEqualTo(97.0);
        assertThat(facts).doesNotContainKey("spend_under_1_000_rate");
        assertThat(FactCheck.bases(insights.facts())).containsExactly(Fact.Base.FINISHED);
        assertThat(insights.facts().stream().filter(Fact::isRate)).allSatisfy(f -> assertThat(f.label()).contains("finished"));
    }

    @Test
    void fallsBackToLocalWhenTheEnginesSummaryGivesARateWithoutItsBase() {
        String baseless = "Delivery is at 95.7% and Pune trails at 90%.";
        String based = "Of the 1,150 messages finished so far, 95.7% were delivered.";

        assertThat(service(CampaignSeven.of(NOW, Duration.ofMinutes(20), CampaignStatus.RUNNING, 6333, 1100, 50), new FixedInsightWriter("openai", baseless)).insights(7).engine()).isEqualTo("local");
        CampaignInsights used = service(CampaignSeven.of(NOW, Duration.ofMinutes(20), CampaignStatus.RUNNING, 6333, 1100, 50), new FixedInsightWriter("openai", based)).insights(7);
        assertThat(used.engine()).isEqualTo("openai");
        assertThat(used.summary()).isEqualTo(based);
    }

    private static SummarizeCampaignService service(Campaign campaign, InsightWriter engine) {
        CampaignStatistics statistics = id -> BREAKDOWN;
        return new SummarizeCampaignService(new OneCampaign(campaign), statistics,
                new FixedOutcomes(new CampaignOutcomes(List.of(), Optional.empty())), engine,
                new FixedInsightWriter("local", "So far 1,150 of the 6,333 messages have finished."), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
