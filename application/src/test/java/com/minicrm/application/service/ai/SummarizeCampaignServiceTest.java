package com.minicrm.application.service.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.in.ai.SummarizeCampaignUseCase.CampaignInsights;
import com.minicrm.application.port.in.campaign.CampaignFilter;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.ai.CampaignStatistics;
import com.minicrm.application.port.out.ai.CampaignStatistics.Breakdown;
import com.minicrm.application.port.out.ai.CampaignStatistics.Group;
import com.minicrm.application.port.out.ai.CampaignStatistics.Reason;
import com.minicrm.application.port.out.ai.InsightWriter;
import com.minicrm.domain.campaign.Audience;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.insight.Fact;
import com.minicrm.domain.insight.FactCheck;
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
        CampaignInsights insights = service(running(), writer("local", "local text")).insights(7);
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

        assertThat(service(running(), writer("openai", baseless)).insights(7).engine()).isEqualTo("local");
        CampaignInsights used = service(running(), writer("openai", based)).insights(7);
        assertThat(used.engine()).isEqualTo("openai");
        assertThat(used.summary()).isEqualTo(based);
    }

    private static SummarizeCampaignService service(Campaign campaign, InsightWriter engine) {
        CampaignStatistics statistics = id -> BREAKDOWN;
        return new SummarizeCampaignService(new OneCampaign(campaign), statistics, engine,
                writer("local", "So far 1,150 of the 6,333 messages have finished."), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Campaign running() {
        Campaign.Builder b = new Campaign.Builder();
        b.id = 7L;
        b.name = "Diwali";
        b.audience = new Audience(null, "{\"combinator\":\"and\",\"rules\":[]}");
        b.template = MessageTemplate.parse("Hi {{first_name|there}}");
        b.channel = Channel.values()[0];
        b.createdAt = NOW.minus(Duration.ofMinutes(20));
        b.startedAt = b.createdAt;
        b.status = CampaignStatus.RUNNING;
        b.audienceFrozen = true;
        b.audienceSize = 6333;
        b.sent = 1100;
        b.failed = 50;
        return Campaign.restore(b);
    }

    private static InsightWriter writer(String name, String text) {
        return new InsightWriter() {
            @Override
            public String engine() {
                return name;
            }

            @Override
            public String summarize(String campaignName, List<Fact> facts) {
                return text;
            }
        };
    }

    /** Only {@code byId} is needed to summarise. */
    private record OneCampaign(Campaign campaign) implements Campaigns {
        @Override
        public Campaign add(Campaign c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Campaign> byId(long id) {
            return campaign.requireId() == id ? Optional.of(campaign) : Optional.empty();
        }

        @Override
        public Page<Campaign> page(int page, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Campaign> pageTagged(int page, int size, String tag) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Campaign> search(CampaignFilter filter, int page, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> knownTags() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Long> dueScheduled(Instant now, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Campaign> reschedule(long id, Instant at, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Campaign> revise(Campaign revised) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Long> unfinishedFreezes(Instant startedBefore, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean start(long id, Instant now) {
            throw new UnsupportedOperationException();
        }
    }
}
