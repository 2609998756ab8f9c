package com.minicrm.bootstrap.campaign;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.awaitStatus;
import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * With batch sizes of 1 every message goes through the single-message endpoint and the simulator
 * posts one receipt object per callback, and a campaign still completes exactly.
 */
@QuarkusTest
@TestProfile(SingleReceiptCallbacksProfile.class)
class SingleReceiptCallbackTest {
    private static final int AUDIENCE = 120;

    @Inject
    DataSource dataSource;

    @Test
    void aCampaignCompletesWithCountersEqualToTheLogWhenEveryReceiptIsCalledBackAlone() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, AUDIENCE);

        long id = CampaignFixtures.launchForCity(city);
        JsonPath done = awaitStatus(id, "COMPLETED", Duration.ofSeconds(60));

        String log = "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND ";
        assertThat(done.getInt("sent") + done.getInt("failed")).isEqualTo(AUDIENCE);
        assertThat(done.getInt("sent")).isPositive();
        assertThat(count(dataSource, log + "vendor_message_id LIKE 'sim-%'", id)).isEqualTo(AUDIENCE);
        assertThat(count(dataSource, log + "status = 'SENT'", id)).isEqualTo(done.getInt("sent"));
        assertThat(count(dataSource, log + "status = 'FAILED'", id)).isEqualTo(done.getInt("failed"));
    }
}
