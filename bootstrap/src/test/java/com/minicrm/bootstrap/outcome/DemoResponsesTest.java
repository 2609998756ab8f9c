package com.minicrm.bootstrap.outcome;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.authed;
import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import com.minicrm.bootstrap.campaign.CampaignFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Simulated responses to a demo campaign with a 20% holdout go through the ingestion API and are
 * attributed for real: the campaign ends with a positive lift, and its conversions, revenue and
 * holdout conversions equal a count written here in SQL over the log and the orders.
 */
@QuarkusTest
class DemoResponsesTest {
    @Inject
    DataSource dataSource;

    @Test
    void aDemoCampaignWithAHoldoutEndsWithAPositiveLiftAndConversionsMatchingTheTables() throws Exception {
        RespondedCampaign demo = RespondedCampaign.create(dataSource, 600, 19);
        long id = demo.id();
        long delivered = count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'SENT'", id);
        long holdout = count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'HOLDOUT'", id);
        assertThat(demo.simulated().getInt("delivered")).isEqualTo((int) delivered);
        assertThat(demo.simulated().getInt("holdout")).isEqualTo((int) holdout);
        assertThat(demo.simulated().getInt("deliveredOrders")).isEqualTo((int) Math.round(delivered * 0.10));
        assertThat(demo.simulated().getInt("holdoutOrders")).isEqualTo((int) Math.round(holdout * 0.06));

        String window = " AND o.ordered_at <= l.sent_at + INTERVAL " + RespondedCampaign.WINDOW_HOURS + " HOUR";
        long converters = count(dataSource, "SELECT COUNT(DISTINCT l.customer_id) FROM communication_log l JOIN customer_order o"
                + " ON o.customer_id = l.customer_id WHERE l.campaign_id = ? AND l.status = 'SENT' AND o.ordered_at > l.sent_at" + window, id);
        BigDecimal revenue = sum("SELECT COALESCE(SUM(o.amount), 0) FROM communication_log l JOIN customer_order o"
                + " ON o.customer_id = l.customer_id WHERE l.campaign_id = ? AND l.status = 'SENT' AND o.ordered_at > l.sent_at" + window, id);
        long holdoutConverters = count(dataSource, "SELECT COUNT(DISTINCT l.customer_id) FROM communication_log l"
                + " JOIN campaign c ON c.id = l.campaign_id JOIN customer_order o ON o.customer_id = l.customer_id"
                + " WHERE l.campaign_id = ? AND l.status = 'HOLDOUT' AND o.ordered_at > c.started_at"
                + " AND o.ordered_at <= c.started_at + INTERVAL " + RespondedCampaign.WINDOW_HOURS + " HOUR", id);

        // numbers as BigDecimal: as floats, the lift would keep only seven digits
        JsonPath outcomes = new JsonPath(authed().get("/api/v1/campaigns/" + id + "/outcomes").then().statusCode(200).extract().asString())
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat(outcomes.getLong("conversions")).isEqualTo(converters).isEqualTo(demo.simulated().getInt("deliveredOrders"));
        assertThat(new BigDecimal(outcomes.getString("revenue"))).isEqualByComparingTo(revenue);
        assertThat(outcomes.getLong("holdout.size")).isEqualTo(holdout);
        assertThat(outcomes.getLong("holdout.conversions")).isEqualTo(holdoutConverters).isEqualTo(demo.simulated().getInt("holdoutOrders"));
        assertThat(outcomes.getDouble("lift.absolute")).isPositive()
                .isCloseTo((double) converters / delivered - (double) holdoutConverters / holdout, within(1e-9));

        // every simulated order of a delivered recipient comes after its delivery, and none is in the future
        assertThat(count(dataSource, "SELECT COUNT(*) FROM customer_order o JOIN communication_log l ON l.customer_id = o.customer_id"
                + " AND l.campaign_id = ? WHERE o.external_id LIKE ? AND l.status = 'SENT' AND o.ordered_at <= l.sent_at", id,
                "resp-" + id + "-%")).isZero();
        assertThat(count(dataSource, "SELECT COUNT(*) FROM customer_order WHERE external_id LIKE ? AND ordered_at > ?",
                "resp-" + id + "-%", LocalDateTime.ofInstant(Instant.now().plusSeconds(2), ZoneOffset.UTC))).isZero();

        // the same seed again picks the same customers and orders, so nothing counts twice
        RespondedCampaign.simulate(id, 19);
        // a second run must add nothing, for as long as the consumer would need to store what it sent
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() ->
                count(dataSource, "SELECT COUNT(*) FROM customer_order WHERE external_id LIKE ?", "resp-" + id + "-%")
                        == converters + holdoutConverters);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM customer_order WHERE external_id LIKE ?", "resp-" + id + "-%"))
                .isEqualTo(converters + holdoutConverters);
        assertThat(authed().get("/api/v1/campaigns/" + id + "/outcomes").then().extract().jsonPath().getLong("conversions"))
                .isEqualTo(converters);
    }

    @Test
    void aMissingCampaignIsRejectedNamingTheFieldAndAnUndeliveredOneGetsNoResponses() {
        authed().body("{}").post("/api/v1/demo-data/responses").then().statusCode(422).body("errors.field", hasItem("campaignId"));
        authed().body("{\"campaignId\": 987654321}").post("/api/v1/demo-data/responses").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("campaignId"));
        long later = CampaignFixtures.launchForCity("Nowhere-" + System.nanoTime(),
                Instant.now().plusSeconds(86_400));
        JsonPath none = authed().body("{\"campaignId\": " + later + "}").post("/api/v1/demo-data/responses").then().statusCode(200)
                .extract().jsonPath();
        assertThat(none.getInt("delivered") + none.getInt("deliveredOrders") + none.getInt("holdout") + none.getInt("holdoutOrders")).isZero();
    }

    private BigDecimal sum(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
