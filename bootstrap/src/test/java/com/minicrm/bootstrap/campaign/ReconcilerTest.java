package com.minicrm.bootstrap.campaign;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.DeliverMessagesUseCase;
import com.minicrm.application.port.in.ReconcileDeliveriesUseCase;
import com.minicrm.domain.campaign.DeliveryJob;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The sweep fails messages whose receipt never came and re-queues messages whose job was lost. */
@QuarkusTest
class ReconcilerTest {
    @Inject
    DataSource dataSource;

    @Inject
    ReconcileDeliveriesUseCase reconcile;

    @Inject
    DeliverMessagesUseCase deliver;

    @Test
    void messagesWithoutAReceiptInTimeFailAndTheCampaignCompletes() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 5);
        List<Long> ids = LogRows.runningCampaign(dataSource, city, "SUBMITTED", 2);
        age(ids.get(0), Duration.ofHours(1));

        reconcile.reconcile();
        reconcile.reconcile();

        long campaign = LogRows.campaignOf(dataSource, ids.get(0));
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'FAILED'"
                + " AND last_error LIKE 'no receipt within%'", campaign)).isEqualTo(5);
        JsonPath done = CampaignFixtures.campaign(campaign);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getInt("failed")).isEqualTo(5);
    }

    @Test
    void messagesWhoseJobWasLostAreQueuedAgainAndDelivered() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 30);
        List<Long> ids = LogRows.runningCampaign(dataSource, city, "QUEUED", 0);
        age(ids.get(0), Duration.ofHours(1));

        // The scheduled sweep may get there first; either way each message must go out exactly once.
        reconcile.reconcile();

        long campaign = LogRows.campaignOf(dataSource, ids.get(0));
        JsonPath done = CampaignFixtures.awaitStatus(campaign, "COMPLETED", Duration.ofSeconds(30));
        assertThat(done.getInt("sent") + done.getInt("failed")).isEqualTo(30);
        assertThat(ids).allSatisfy(id -> assertThat(CountingVendor.timesHandedOver(id)).isEqualTo(1));
    }

    @Test
    void aLostJobIsQueuedAgainAfterItsOwnTimeoutWhileReceiptsGetTheirLongerOne() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 4);
        List<Long> queued = LogRows.runningCampaign(dataSource, city, "QUEUED", 0);
        String otherCity = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, otherCity, 3);
        List<Long> submitted = LogRows.runningCampaign(dataSource, otherCity, "SUBMITTED", 2);
        // Past the lost-job timeout (5 minutes in tests) but not the receipt timeout (10 minutes).
        age(queued.get(0), Duration.ofMinutes(7));
        age(submitted.get(0), Duration.ofMinutes(7));

        reconcile.reconcile();

        JsonPath requeued = CampaignFixtures.awaitStatus(LogRows.campaignOf(dataSource, queued.get(0)), "COMPLETED", Duration.ofSeconds(30));
        assertThat(requeued.getInt("sent") + requeued.getInt("failed")).isEqualTo(4);
        assertThat(submitted).allSatisfy(id -> assertThat(LogRows.status(dataSource, id)).isEqualTo("SUBMITTED"));
    }

    @Test
    void aFreezeAnInstanceLeftHalfDoneIsFinishedWithoutFreezingAnyoneTwice() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 5);
        long campaign = halfFrozenCampaign(city, 2);

        reconcile.reconcile();

        JsonPath done = CampaignFixtures.awaitStatus(campaign, "COMPLETED", Duration.ofSeconds(30));
        assertThat(done.getInt("audienceSize")).isEqualTo(5);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?", campaign)).isEqualTo(5);
        assertThat(done.getInt("sent") + done.getInt("failed")).isEqualTo(5);
    }

    /**
     * A running campaign for the city's customers, started an hour ago, whose freeze stopped after
     * the first {@code frozen} customers: their rows are in the log and counted, their jobs were queued.
     */
    private long halfFrozenCampaign(String city, int frozen) throws Exception {
        List<Long> ids = LogRows.runningCampaign(dataSource, city, "QUEUED", 0);
        long campaign = LogRows.campaignOf(dataSource, ids.get(0));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM communication_log WHERE campaign_id = ? AND id > ?")) {
                st.setLong(1, campaign);
                st.setLong(2, ids.get(frozen - 1));
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE campaign SET audience_frozen = FALSE, audience_size = ?,"
                    + " started_at = started_at - INTERVAL 1 HOUR,"
                    + " rule_json = ?"
                    + " WHERE id = ?")) {
                st.setInt(1, frozen);
                st.setString(2, """
                        {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%s"}]}""".formatted(city));
                st.setLong(3, campaign);
                st.executeUpdate();
            }
        }
        deliver.deliver(new DeliveryJob(campaign, ids.get(0), ids.get(frozen - 1)));
        return campaign;
    }

    /** Moves every row of the message's campaign back in time, as if the sweep ran that much later. */
    private void age(long messageId, Duration by) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE communication_log SET updated_at = updated_at - INTERVAL ? SECOND"
                        + " WHERE campaign_id = (SELECT campaign_id FROM (SELECT campaign_id FROM communication_log WHERE id = ?) x)")) {
            st.setLong(1, by.toSeconds());
            st.setLong(2, messageId);
            st.executeUpdate();
        }
    }
}
