package com.minicrm.bootstrap.campaign;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.authed;
import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.minicrm.application.port.in.ReconcileDeliveriesUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A campaign with a start time ahead waits, untouched, until the reconciler starts it, then delivers; a cancelled one never starts. */
@QuarkusTest
class ScheduledCampaignTest {
    @Inject
    DataSource dataSource;

    @Inject
    ReconcileDeliveriesUseCase reconcile;

    @Test
    void aScheduledCampaignStartsAtItsTimeAndNotBefore() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 25);
        // far enough ahead that a loaded machine still reads it back before it is due
        Instant startAt = Instant.now().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);

        long id = CampaignFixtures.launchForCity(city, startAt);

        JsonPath waiting = CampaignFixtures.campaign(id);
        assertThat(waiting.getString("status")).isEqualTo("SCHEDULED");
        assertThat(waiting.getString("startedAt")).isNull();
        assertThat(Instant.parse(waiting.getString("scheduledAt"))).isEqualTo(startAt);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?", id)).isZero();

        JsonPath done = CampaignFixtures.awaitStatus(id, "COMPLETED", Duration.ofSeconds(60));
        assertThat(Instant.parse(done.getString("startedAt"))).isAfterOrEqualTo(startAt);
        assertThat(done.getInt("audienceSize")).isEqualTo(25);
        assertThat(done.getInt("sent") + done.getInt("failed")).isEqualTo(25);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND queued_at < ?", id,
                java.time.LocalDateTime.ofInstant(startAt, java.time.ZoneOffset.UTC))).isZero();
    }

    @Test
    void aCancelledScheduledCampaignNeverStarts() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 5);
        Instant startAt = Instant.now().plusSeconds(2);
        long id = CampaignFixtures.launchForCity(city, startAt);

        authed().post("/api/v1/campaigns/" + id + "/cancel").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(startAt));
        reconcile.reconcile();

        JsonPath after = CampaignFixtures.campaign(id);
        assertThat(after.getString("status")).isEqualTo("CANCELLED");
        assertThat(after.getString("startedAt")).isNull();
        assertThat(after.getInt("audienceSize")).isZero();
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?", id)).isZero();
    }
}
