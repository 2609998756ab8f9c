package com.minicrm.bootstrap.ai;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.authed;
import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.bootstrap.outcome.RespondedCampaign;
import com.minicrm.domain.insight.Fact;
import com.minicrm.domain.insight.FactCheck;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The local engine's summary of a campaign with conversions states them, as the outcomes API gives them, and nothing else. */
@QuarkusTest
class OutcomeInsightsTest {
    @Inject
    DataSource dataSource;

    @Test
    void theLocalSummaryStatesTheOutcomesConversionsRevenuePerRecipientAndLift() throws Exception {
        RespondedCampaign demo = RespondedCampaign.create(dataSource, 300, 11);
        JsonPath outcomes = authed().get("/api/v1/campaigns/" + demo.id() + "/outcomes").then().statusCode(200).extract().jsonPath();
        JsonPath insights = insights(demo.id());

        assertThat(insights.getString("engine")).isEqualTo("local");
        List<Fact> facts = facts(insights);
        Map<String, Fact> byKey = facts.stream().collect(Collectors.toMap(Fact::key, f -> f));
        assertThat(byKey.get("conversions").value()).isEqualTo(outcomes.getLong("conversions"));
        assertThat(BigDecimal.valueOf(byKey.get("revenue").value())).isEqualByComparingTo(outcomes.getString("revenue"));
        assertThat(BigDecimal.valueOf(byKey.get("revenue_per_recipient").value()))
                .isEqualByComparingTo(outcomes.getString("revenuePerRecipient"));
        assertThat(byKey.get("lift_points").value()).isEqualTo(Math.round(outcomes.getDouble("lift.absolute") * 1000) / 10.0);
        String summary = insights.getString("summary");
        assertThat(summary).contains(byKey.get("conversions").number() + " delivered recipients ordered within the attribution window")
                .contains("per delivered recipient").contains("percentage points");
        assertThat(FactCheck.problems(summary, facts)).isEmpty();
    }

    /** Read with numbers as BigDecimal: as floats, amounts in rupees would lose their paise. */
    static JsonPath insights(long id) {
        return new JsonPath(authed().get("/api/v1/ai/campaigns/" + id + "/insights").then().statusCode(200).extract().asString())
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** The facts as the API gives them, each with its base, so the check applies the same rules. */
    static List<Fact> facts(JsonPath insights) {
        List<Map<String, Object>> raw = insights.getList("facts");
        return raw.stream().map(f -> new Fact((String) f.get("key"), (String) f.get("label"), ((Number) f.get("value")).doubleValue(),
                base((String) f.get("base")))).toList();
    }

    private static Fact.Base base(String word) {
        for (Fact.Base b : Fact.Base.values()) {
            if (b != Fact.Base.NONE && b.word().equals(word)) {
                return b;
            }
        }
        return Fact.Base.NONE;
    }
}
