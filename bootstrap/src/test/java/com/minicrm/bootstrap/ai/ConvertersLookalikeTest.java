package com.minicrm.bootstrap.ai;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.authed;
import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.minicrm.bootstrap.campaign.CampaignFixtures;
import com.minicrm.bootstrap.outcome.RespondedCampaign;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * "People like those who bought after this campaign": the seed is the campaign's converters, found
 * here by a plain SQL count over its delivered log rows and the orders after them, and none of them
 * is in the answer.
 */
@QuarkusTest
class ConvertersLookalikeTest {
    @Inject
    DataSource dataSource;

    @Test
    void theConvertersOfACampaignSeedALookalikeThatLeavesThemOut() throws SQLException {
        RespondedCampaign demo = RespondedCampaign.create(dataSource, 400, 7);
        Set<String> converters = converters(demo.id());
        assertThat(converters).hasSize(demo.simulated().getInt("deliveredOrders")).isNotEmpty();

        JsonPath found = authed().body("{\"convertersOfCampaignId\": " + demo.id() + "}").post("/api/v1/ai/lookalike")
                .then().statusCode(200).extract().jsonPath();

        long others = count(dataSource, "SELECT COUNT(*) FROM customer") - converters.size();
        assertThat(found.getLong("size")).isEqualTo(Math.min(Math.min(converters.size(), 50_000), (long) Math.ceil(others * 0.2)));
        // "The N customers outside the seed nearest to its profile, of M outside it": M counts everyone but the converters
        assertThat(found.getList("reasons", String.class).get(0).replace(",", "")).endsWith("of " + others + " outside it");
        assertThat(found.getList("sample.externalId", String.class)).isNotEmpty().noneMatch(converters::contains);
        assertThat(found.getBoolean("describedByRule")).isFalse();
        assertThat(found.<Object>get("rule")).isNull();
        assertThat(found.getString("usage")).contains("cannot leave out the campaign's converters");
    }

    @Test
    void aMissingCampaignOrOneWithoutConversionsIsRejectedNamingTheField() throws SQLException {
        authed().body("{\"convertersOfCampaignId\": 987654321}").post("/api/v1/ai/lookalike").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("convertersOfCampaignId"));
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 20);
        long quiet = CampaignFixtures.launchForCity(city, null);
        CampaignFixtures.awaitStatus(quiet, "COMPLETED", Duration.ofSeconds(60));
        authed().body("{\"convertersOfCampaignId\": " + quiet + "}").post("/api/v1/ai/lookalike").then().statusCode(422)
                .body("errors.field", hasItem("convertersOfCampaignId"))
                .body("errors.message", hasItem("campaign " + quiet + " has no conversions yet, so there is nobody to look like"));
        authed().body("{\"campaignId\": " + quiet + ", \"convertersOfCampaignId\": " + quiet + "}").post("/api/v1/ai/lookalike")
                .then().statusCode(422).body("errors.field", hasItem("rule"));
    }

    /** Recipients with a SENT message of the campaign and an order after its delivery, within the window. */
    private Set<String> converters(long campaignId) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT DISTINCT cu.external_id FROM communication_log l JOIN customer_order o ON o.customer_id = l.customer_id"
                        + " JOIN customer cu ON cu.id = l.customer_id WHERE l.campaign_id = ? AND l.status = 'SENT'"
                        + " AND o.ordered_at > l.sent_at AND o.ordered_at <= l.sent_at + INTERVAL " + RespondedCampaign.WINDOW_HOURS
                        + " HOUR")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
