package com.minicrm.bootstrap.campaign;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.CancelCampaignUseCase;
import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The audience is the one at the start: the freeze runs in chunks after the launch has answered,
 * while ingestion goes on, and a customer created in between does not join it. And however the
 * chunks are written, each member gets exactly one row.
 */
@QuarkusTest
class AudienceSnapshotTest {
    @Inject
    DataSource dataSource;

    @Inject
    AudienceRules rules;

    @Inject
    Campaigns campaigns;

    @Inject
    CommunicationLog log;

    @Inject
    CancelCampaignUseCase cancel;

    @Test
    void aCustomerCreatedAfterTheStartIsNotFrozenIntoTheAudience() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 3);
        long id = startCampaign(city);

        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("INSERT INTO customer"
                + " (external_id, name, phone, city, created_at, updated_at) VALUES (?, 'Late Comer', '+919000000001', ?, NOW(6), NOW(6))")) {
            st.setString(1, city + "-late");
            st.setString(2, city);
            st.executeUpdate();
        }
        CommunicationLog.AudienceChunk chunk = log.freezeNextChunk(id, 50, Instant.now());

        assertThat(chunk.last()).isTrue();
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = " + id)).isEqualTo(3);
        assertThat(campaigns.byId(id).orElseThrow().audienceSize()).isEqualTo(3);
        cancel.cancel(id);
    }

    /**
     * The freezer reads the next chunk ahead while it writes one. If another freezer (another
     * instance resuming the campaign) writes that chunk first, the read-ahead must be dropped, not
     * written again or skipped past.
     */
    @Test
    void aChunkAnotherFreezerWroteMeanwhileIsNeitherWrittenTwiceNorSkipped() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 2500);
        long id = startCampaign(city);

        assertThat(log.freezeNextChunk(id, 1000, Instant.now()).last()).isFalse();
        // "Another instance" writes the second chunk (the next 1,000 customers) behind this freezer's back.
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("INSERT INTO communication_log"
                + " (campaign_id, customer_id, recipient, message, status, status_rank, queued_at, updated_at)"
                + " SELECT ?, id, phone, 'elsewhere', 'QUEUED', 0, NOW(6), NOW(6) FROM customer WHERE city = ?"
                + " AND id > (SELECT MAX(customer_id) FROM communication_log WHERE campaign_id = ?) ORDER BY id LIMIT 1000")) {
            st.setLong(1, id);
            st.setString(2, city);
            st.setLong(3, id);
            assertThat(st.executeUpdate()).isEqualTo(1000);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE campaign SET audience_size = audience_size + 1000 WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
        CommunicationLog.AudienceChunk third = log.freezeNextChunk(id, 1000, Instant.now());

        assertThat(third.last()).isTrue();
        String members = "SELECT COUNT(*) FROM communication_log l JOIN customer c ON c.id = l.customer_id"
                + " WHERE l.campaign_id = " + id + " AND c.city = '" + city + "'";
        assertThat(count(dataSource, members)).isEqualTo(2500);
        assertThat(count(dataSource, "SELECT COUNT(DISTINCT customer_id) FROM communication_log WHERE campaign_id = " + id)).isEqualTo(2500);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = " + id + " AND message = 'elsewhere'"))
                .isEqualTo(1000);
        assertThat(campaigns.byId(id).orElseThrow().audienceSize()).isEqualTo(2500);
        cancel.cancel(id);
    }

    /** A running campaign for everyone in the city, stored but not frozen yet: the tests freeze it chunk by chunk. */
    private long startCampaign(String city) {
        String rule = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"" + city + "\"}]}";
        CampaignDraft.Valid draft = new CampaignDraft("Snapshot", null, rule, "Hi {{first_name|there}}", "SMS", null).validate();
        return campaigns.add(Campaign.launch(draft, rules.freeze(null, rule), "tester@example.com", Instant.now())).requireId();
    }
}
