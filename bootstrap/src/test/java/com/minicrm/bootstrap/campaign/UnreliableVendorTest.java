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
 * Against a vendor that refuses 40% of calls with 429/503 and repeats or contradicts its receipts,
 * refusals are retried, messages give up after the maximum attempts, and the counters stay exact.
 */
@QuarkusTest
@TestProfile(UnreliableVendorProfile.class)
class UnreliableVendorTest {
    private static final int AUDIENCE = 300;

    @Inject
    DataSource dataSource;

    @Test
    void refusalsAreRetriedGiveUpAfterTheMaximumAndCountersStayExact() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, AUDIENCE);

        long id = CampaignFixtures.launchForCity(city);
        JsonPath done = awaitStatus(id, "COMPLETED", Duration.ofSeconds(90));

        String log = "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND ";
        long retriedThenTaken = count(dataSource, log + "attempts > 1 AND vendor_message_id IS NOT NULL", id);
        long gaveUp = count(dataSource, log + "status = 'FAILED' AND last_error LIKE '%after "
                + UnreliableVendorProfile.MAX_ATTEMPTS + " attempt(s)'", id);
        assertThat(retriedThenTaken).as("messages accepted only after a retry").isPositive();
        assertThat(gaveUp).as("messages refused on every attempt").isPositive();
        assertThat(count(dataSource, log + "last_error LIKE 'vendor answered 429%'", id)
                + count(dataSource, log + "last_error LIKE 'vendor answered 503%'", id)).isEqualTo(gaveUp);
        assertThat(count(dataSource, log + "attempts > ?", id, UnreliableVendorProfile.MAX_ATTEMPTS)).isZero();
        assertThat(done.getInt("sent") + done.getInt("failed")).isEqualTo(AUDIENCE);
        assertThat(count(dataSource, log + "status = 'SENT'", id)).isEqualTo(done.getInt("sent"));
        assertThat(count(dataSource, log + "status = 'FAILED'", id)).isEqualTo(done.getInt("failed"));
    }
}
