package com.minicrm.bootstrap.outcome;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.authed;
import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static org.awaitility.Awaitility.await;

import com.minicrm.bootstrap.campaign.CampaignFixtures;
import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A demo campaign that got responses: customers in a city of their own, an A/B campaign with a 20%
 * holdout, delivered by the vendor simulator, then simulated orders sent through the ingestion API
 * and awaited until every one is stored (and so attributed, in the same transaction).
 */
public record RespondedCampaign(String city, long id, JsonPath simulated) {
    public static final int WINDOW_HOURS = 72;

    public static RespondedCampaign create(DataSource dataSource, int customers, long seed) throws SQLException {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, customers);
        long id = authed().body("""
                {"name": "Demo %1$s", "channel": "SMS", "holdoutPercent": 20, "attributionWindowHours": %2$d,
                 "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%1$s"}]},
                 "variants": [{"key": "A", "template": "A: hi {{first_name}}", "weight": 50},
                              {"key": "B", "template": "B: hello {{first_name}}", "weight": 50}]}
                """.formatted(city, WINDOW_HOURS)).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        CampaignFixtures.awaitStatus(id, "COMPLETED", Duration.ofSeconds(90));
        JsonPath simulated = simulate(id, seed);
        int orders = simulated.getInt("deliveredOrders") + simulated.getInt("holdoutOrders");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> count(dataSource, "SELECT COUNT(*) FROM customer_order WHERE external_id LIKE ?", "resp-" + id + "-%") == orders);
        return new RespondedCampaign(city, id, simulated);
    }

    public static JsonPath simulate(long id, long seed) {
        return authed().body("{\"campaignId\": " + id + ", \"seed\": " + seed + "}").post("/api/v1/demo-data/responses")
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }
}
