package com.minicrm.bootstrap.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.minicrm.bootstrap.campaign.CampaignFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The vendor simulator's STOP replies reach the CRM signed, through the real inbound endpoint: each
 * recipient of a delivered SMS is unsubscribed from SMS as a stop-reply; a failed message and an
 * e-mail draw no reply.
 */
@QuarkusTest
@TestProfile(StopRepliesProfile.class)
class SimulatorStopRepliesTest {
    private static final int MEMBERS = 30;

    @Inject
    DataSource dataSource;

    @Test
    void everyDeliveredSmsRecipientRepliesStopAndIsUnsubscribedFromSmsOnly() throws Exception {
        String city = ConsentData.uniqueCity();
        String prefix = "+91 8" + String.format("%04d", Math.abs(city.hashCode()) % 10_000);
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < MEMBERS; i++) {
                ConsentData.customer(c, city, i, prefix + String.format("%05d", i), "s" + i + "@example.in");
            }
        }
        long sms = ConsentData.launch(city, "SMS", false);
        long email = ConsentData.launch(city, "EMAIL", false);
        CampaignFixtures.awaitStatus(sms, "COMPLETED", Duration.ofSeconds(60));
        CampaignFixtures.awaitStatus(email, "COMPLETED", Duration.ofSeconds(60));
        long delivered = count("SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'SENT'", sms);
        assertThat(delivered).isPositive().isLessThanOrEqualTo(MEMBERS);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> count(
                "SELECT COUNT(*) FROM customer_subscription s JOIN customer c ON c.id = s.customer_id WHERE c.city = ?"
                        + " AND s.channel = 'SMS' AND s.status = 'unsubscribed' AND s.source = 'stop-reply'", city) == delivered);
        // Exactly the recipients of delivered messages, and nobody else, on no other channel.
        assertThat(count("SELECT COUNT(*) FROM communication_log l JOIN customer_subscription s ON s.customer_id = l.customer_id"
                + " AND s.channel = 'SMS' AND s.status = 'unsubscribed' WHERE l.campaign_id = ? AND l.status = 'SENT'", sms)).isEqualTo(delivered);
        assertThat(count("SELECT COUNT(*) FROM customer_subscription s JOIN customer c ON c.id = s.customer_id WHERE c.city = ?"
                + " AND s.channel <> 'SMS'", city)).isZero();
        assertThat(count("SELECT COUNT(*) FROM inbound_message WHERE keyword = 'STOP' AND channel = 'SMS' AND sender LIKE ?",
                prefix.replace("+91 ", "") + "%")).isEqualTo(delivered);
    }

    private long count(String sql, Object bind) throws Exception {
        return CampaignFixtures.count(dataSource, sql, bind);
    }
}
