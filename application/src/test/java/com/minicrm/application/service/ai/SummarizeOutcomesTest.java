package com.minicrm.application.service.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.ai.SummarizeCampaignUseCase.CampaignInsights;
import com.minicrm.application.port.out.ai.CampaignStatistics;
import com.minicrm.application.port.out.ai.CampaignStatistics.Breakdown;
import com.minicrm.application.port.out.ai.InsightWriter;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.insight.Fact;
import com.minicrm.domain.insight.FactCheck;
import com.minicrm.domain.outcome.CampaignOutcomes;
import com.minicrm.domain.outcome.HoldoutOutcome;
import com.minicrm.domain.outcome.VariantOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The summary's conversion facts come from the computed outcomes, each checked here against the
 * arithmetic done by hand; an engine's summary with a conversion count or an amount that is not one
 * of them is thrown away, and one that restates them is used.
 */
class SummarizeOutcomesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final VariantOutcome A = new VariantOutcome("A", 500, 480, 48, 55, new BigDecimal("61234.55"));
    private static final VariantOutcome B = new VariantOutcome("B", 500, 470, 23, 25, new BigDecimal("20111.10"));
    private static final HoldoutOutcome HOLDOUT = new HoldoutOutcome(200, 8);

    @Test
    void theFactsAreTheOutcomesConversionsRevenueWinnerAndLift() {
        Map<String, Fact> facts = facts(service(new CampaignOutcomes(List.of(A, B), Optional.of(HOLDOUT)), new FixedInsightWriter("local", "x")));
        long delivered = 480 + 470;
        long converters = 48 + 23;
        BigDecimal revenue = new BigDecimal("61234.55").add(new BigDecimal("20111.10"));
        double p1 = (double) converters / delivered;
        double p0 = 8 / 200.0;
        double margin = 1.959963984540054 * Math.sqrt(p1 * (1 - p1) / delivered + p0 * (1 - p0) / 200);

        assertThat(facts.get("conversions").value()).isEqualTo(converters);
        assertThat(facts.get("attributed_orders").value()).isEqualTo(55 + 25);
        assertThat(facts.get("revenue").value()).isEqualTo(revenue.doubleValue());
        assertThat(facts.get("revenue_per_recipient").value())
                .isEqualTo(revenue.divide(BigDecimal.valueOf(delivered), 2, RoundingMode.HALF_UP).doubleValue());
        assertThat(facts.get("conversion_rate").value()).isEqualTo(Math.round(p1 * 1000) / 10.0);
        assertThat(facts.get("conversion_rate").base()).isEqualTo(Fact.Base.DELIVERED);
        assertThat(facts.get("variant_a_conversion_rate").value()).isEqualTo(10.0);
        assertThat(facts.get("variant_b_conversion_rate").value()).isEqualTo(Math.round(23 * 1000.0 / 470) / 10.0);
        // A: 10% ± 1.96·√(0.1·0.9/480) starts above B's 4.9% ± 1.96·√(…/470) ends
        assertThat(facts).containsKey("best_variant_a").doesNotContainKey("no_clear_winner");
        assertThat(facts.get("holdout_conversion_rate").value()).isEqualTo(4.0);
        assertThat(facts.get("holdout_conversion_rate").base()).isEqualTo(Fact.Base.HOLDOUT);
        assertThat(facts.get("lift_points").value()).isEqualTo(Math.round((p1 - p0) * 1000) / 10.0);
        assertThat(facts.get("lift_low_points").value()).isEqualTo(Math.round((p1 - p0 - margin) * 1000) / 10.0);
        assertThat(facts.get("lift_high_points").value()).isEqualTo(Math.round((p1 - p0 + margin) * 1000) / 10.0);
        assertThat(facts.get("lift_relative").value()).isEqualTo(Math.round((p1 - p0) / p0 * 1000) / 10.0);
    }

    @Test
    void overlappingVariantsNameNoBestVariant() {
        VariantOutcome close = new VariantOutcome("B", 500, 470, 44, 50, new BigDecimal("50000.00"));
        Map<String, Fact> facts = facts(service(new CampaignOutcomes(List.of(A, close), Optional.empty()), new FixedInsightWriter("local", "x")));

        assertThat(facts.keySet()).noneMatch(k -> k.startsWith("best_variant_"));
        assertThat(facts.get("no_clear_winner").value()).isEqualTo(2);
        assertThat(facts).doesNotContainKeys("holdout_size", "lift_points");
    }

    @Test
    void aCampaignWithNothingDeliveredHasNoConversionFacts() {
        VariantOutcome none = new VariantOutcome(null, 10, 0, 0, 0, BigDecimal.ZERO);
        Map<String, Fact> facts = facts(service(new CampaignOutcomes(List.of(none), Optional.empty()), new FixedInsightWriter("local", "x")));

        assertThat(facts).doesNotContainKeys("conversions", "revenue", "conversion_rate");
    }

    @Test
    void anEngineSummaryWithAnInventedConversionCountOrAmountIsReplacedByTheLocalOne() {
        CampaignOutcomes outcomes = new CampaignOutcomes(List.of(A, B), Optional.of(HOLDOUT));
        String faithful = "71 delivered recipients bought, 7.5% of delivered recipients, for ₹81,345.65 in revenue"
                + " (₹85.63 per delivered recipient); variant A led at 10% of its delivered recipients, and the holdout"
                + " converted at 4% of holdout members, a lift of 3.5 percentage points.";
        String inventedCount = faithful.replace("71 delivered", "74 delivered");
        String inventedRevenue = faithful.replace("₹81,345.65", "₹91,345.65");
        String inventedPerRecipient = faithful.replace("₹85.63", "₹95.63");
        String inventedLift = faithful.replace("3.5 percentage", "4.5 percentage");

        CampaignInsights used = service(outcomes, new FixedInsightWriter("openai", faithful)).insights(7);
        assertThat(used.engine()).isEqualTo("openai");
        assertThat(used.summary()).isEqualTo(faithful);
        for (String invented : List.of(inventedCount, inventedRevenue, inventedPerRecipient, inventedLift)) {
            CampaignInsights replaced = service(outcomes, new FixedInsightWriter("openai", invented)).insights(7);
            assertThat(replaced.engine()).as(invented).isEqualTo("local");
            assertThat(FactCheck.problems(invented, replaced.facts())).as(invented).isNotEmpty();
        }
    }

    @Test
    void aConversionRateWithoutItsBaseIsRejected() {
        CampaignOutcomes outcomes = new CampaignOutcomes(List.of(A, B), Optional.of(HOLDOUT));
        String baseless = "71 customers bought: a 7.5% conversion rate.";

        CampaignInsights replaced = service(outcomes, new FixedInsightWriter("openai", baseless)).insights(7);
        assertThat(replaced.engine()).isEqualTo("local");
        assertThat(FactCheck.problems(baseless, replaced.facts())).containsExactly(
                "gives a rate without saying it is a share of the delivered recipients");
    }

    private static Map<String, Fact> facts(SummarizeCampaignService service) {
        return service.insights(7).facts().stream().collect(Collectors.toMap(Fact::key, f -> f));
    }

    private static SummarizeCampaignService service(CampaignOutcomes outcomes, InsightWriter engine) {
        CampaignStatistics statistics = id -> new Breakdown(List.of(), List.of(), List.of());
        return new SummarizeCampaignService(new OneCampaign(CampaignSeven.of(NOW, Duration.ofHours(30), CampaignStatus.COMPLETED, 1000, 950, 50)), statistics, new FixedOutcomes(outcomes), engine,
                new FixedInsightWriter("local", "Your campaign reached 1,000 users."), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
