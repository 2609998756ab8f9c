package com.minicrm.bootstrap.campaign;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.authed;
import static com.minicrm.bootstrap.campaign.CampaignFixtures.awaitStatus;
import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A campaign goes from launch through RabbitMQ, the vendor simulator and its receipts to COMPLETED. */
@QuarkusTest
class CampaignDeliveryFlowTest {
    private static final int AUDIENCE = 1000;
    private static final double SENT_PROBABILITY = 0.9;

    @Inject
    DataSource dataSource;

    @Test
    void aThousandCustomerCampaignCompletesWithEveryMessageAccountedFor() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, AUDIENCE);

        long id = CampaignFixtures.launchForCity(city);
        JsonPath done = awaitStatus(id, "COMPLETED", Duration.ofSeconds(90));

        int sent = done.getInt("sent");
        int failed = done.getInt("failed");
        assertThat(done.getInt("audienceSize")).isEqualTo(AUDIENCE);
        assertThat(sent + failed).isEqualTo(AUDIENCE);
        assertThat(done.getInt("pending")).isZero();
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?", id)).isEqualTo(AUDIENCE);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'SENT'", id))
                .isEqualTo(sent);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'FAILED'", id))
                .isEqualTo(failed);
    }

    @Test
    void theSentShareIsWithinBinomialToleranceOfTheConfiguredProbability() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, AUDIENCE);

        JsonPath done = awaitStatus(CampaignFixtures.launchForCity(city), "COMPLETED", Duration.ofSeconds(90));

        double expected = AUDIENCE * SENT_PROBABILITY;
        double fourSigma = 4 * Math.sqrt(AUDIENCE * SENT_PROBABILITY * (1 - SENT_PROBABILITY));
        assertThat((double) done.getInt("sent")).isBetween(expected - fourSigma, expected + fourSigma);
    }

    @Test
    void theLogShowsPersonalisedMessagesFilteredByStatus() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 20);
        long id = CampaignFixtures.launchForCity(city);
        int sent = awaitStatus(id, "COMPLETED", Duration.ofSeconds(60)).getInt("sent");

        authed().get("/api/v1/campaigns/" + id + "/messages?status=SENT&size=200")
                .then()
                .statusCode(200)
                .body("total", is(sent))
                .body("items", hasSize(sent))
                .body("items.status", everyItem(is("SENT")))
                .body("items.body", everyItem(startsWith("Hi Person")));
    }

    @Test
    void aCampaignFromASavedSegmentFreezesTheSegmentsRuleAndIsProtectedFromItsDeletion() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 7);
        long segment = authed().body("""
                        {"name": "Seg %1$s", "rule": {"combinator": "and", "rules": [
                          {"field": "city", "operator": "=", "value": "%1$s"}, {"field": "visits", "operator": "<", "value": 3}]}}
                        """.formatted(city))
                .post("/api/v1/segments").then().statusCode(201).extract().jsonPath().getLong("id");

        long id = authed().body("""
                        {"name": "From segment", "segmentId": %d, "template": "Hi {{name}}", "channel": "EMAIL"}""".formatted(segment))
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");

        // Customers 0..6 have visits i % 7, so visits < 3 leaves three of them.
        assertThat(awaitStatus(id, "COMPLETED", Duration.ofSeconds(60)).getInt("audienceSize")).isEqualTo(3);
        authed().delete("/api/v1/segments/" + segment).then().statusCode(409);
    }

    @Test
    void campaignsAreListedNewestFirst() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 1);
        long older = CampaignFixtures.launchForCity(city);
        long newer = CampaignFixtures.launchForCity(city);

        JsonPath page = authed().get("/api/v1/campaigns?size=2").then().statusCode(200).extract().jsonPath();

        assertThat(page.getList("items.id", Long.class)).containsExactly(newer, older);
        assertThat(page.getLong("total")).isGreaterThanOrEqualTo(2);
    }
}
