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
 * while ingestion goes on, and a customer created in between does not join it.
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
        String rule = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"" + city + "\"}]}";
        CampaignDraft.Valid draft = new CampaignDraft("Snapshot", null, rule, "Hi {{first_name|there}}", "SMS", null).validate();
        Campaign started = campaigns.add(Campaign.launch(draft, rules.freeze(null, rule), "tester@example.com", Instant.now()));
        long id = started.requireId();

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
}
