package com.minicrm.bootstrap.campaign;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.authed;
import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.minicrm.application.port.in.ApplyDeliveryReceiptsUseCase;
import com.minicrm.application.port.in.DeliverMessagesUseCase;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.DeliveryOutcome;
import com.minicrm.domain.campaign.DeliveryStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Cancelling withdraws the messages no worker has claimed, keeps the counters equal to the log, and refuses a finished campaign. */
@QuarkusTest
class CancelCampaignTest {
    @Inject
    DataSource dataSource;

    @Inject
    DeliverMessagesUseCase deliver;

    @Inject
    ApplyDeliveryReceiptsUseCase receipts;

    @Test
    void queuedMessagesAreWithdrawnWhileReceiptsForMessagesAlreadySentStillCount() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 10);
        List<Long> ids = LogRows.runningCampaign(dataSource, city, "QUEUED", 0);
        long campaign = LogRows.campaignOf(dataSource, ids.get(0));
        markSubmitted(ids.subList(0, 3));

        authed().post("/api/v1/campaigns/" + campaign + "/cancel")
                .then()
                .statusCode(200)
                .body("status", is("CANCELLED"))
                .body("cancelled", is(7))
                .body("pending", is(3));
        receipts.apply(List.of(new DeliveryOutcome(ids.get(0), DeliveryStatus.SENT, "v-1", null, Instant.now()),
                new DeliveryOutcome(ids.get(1), DeliveryStatus.FAILED, "v-2", "unreachable", Instant.now())));
        int handedOverBefore = ids.stream().mapToInt(CountingVendor::timesHandedOver).sum();

        assertThat(deliver.deliver(new DeliveryJob(campaign, ids.get(0), ids.get(ids.size() - 1)))).isZero();
        assertThat(ids.stream().mapToInt(CountingVendor::timesHandedOver).sum()).isEqualTo(handedOverBefore);
        JsonPath after = CampaignFixtures.campaign(campaign);
        assertThat(after.getString("status")).isEqualTo("CANCELLED");
        assertThat(after.getString("finishedAt")).isNotNull();
        assertThat(after.getInt("sent")).isEqualTo(1);
        assertThat(after.getInt("failed")).isEqualTo(1);
        assertThat(after.getInt("cancelled")).isEqualTo(7);
        assertThat(after.getInt("pending")).isEqualTo(1);
        String log = "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND ";
        assertThat(count(dataSource, log + "status = 'CANCELLED' AND last_error = 'campaign cancelled'", campaign)).isEqualTo(7);
        assertThat(count(dataSource, log + "status = 'SENT'", campaign)).isEqualTo(1);
        assertThat(count(dataSource, log + "status = 'FAILED'", campaign)).isEqualTo(1);
        assertThat(count(dataSource, log + "status IN ('QUEUED', 'SENDING', 'SUBMITTED')", campaign)).isEqualTo(1);
        authed().get("/api/v1/campaigns/" + campaign + "/messages?status=CANCELLED").then().statusCode(200).body("total", is(7));
    }

    @Test
    void aFinishedCampaignCannotBeCancelled() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 3);
        long id = CampaignFixtures.launchForCity(city);
        CampaignFixtures.awaitStatus(id, "COMPLETED", Duration.ofSeconds(60));

        authed().post("/api/v1/campaigns/" + id + "/cancel")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("campaign " + id + " cannot move from COMPLETED to CANCELLED"));
        assertThat(CampaignFixtures.campaign(id).getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void cancellingTwiceIsAConflictAndAnUnknownCampaignIsNotFound() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 2);
        long campaign = LogRows.campaignOf(dataSource, LogRows.runningCampaign(dataSource, city, "QUEUED", 0).get(0));

        authed().post("/api/v1/campaigns/" + campaign + "/cancel").then().statusCode(200);
        authed().post("/api/v1/campaigns/" + campaign + "/cancel").then().statusCode(409).contentType("application/problem+json");
        authed().post("/api/v1/campaigns/999999999/cancel").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void cancellingNeedsASignedInCaller() {
        given().post("/api/v1/campaigns/1/cancel").then().statusCode(401);
    }

    private void markSubmitted(List<Long> ids) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE communication_log SET status = 'SUBMITTED', status_rank = 2"
                        + " WHERE id BETWEEN ? AND ?")) {
            st.setLong(1, ids.get(0));
            st.setLong(2, ids.get(ids.size() - 1));
            st.executeUpdate();
        }
    }
}
