package com.minicrm.bootstrap.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.CancelCampaignUseCase;
import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two promotional campaigns to the same audience, launched at the same moment and frozen side by side
 * on separate connections and transactions as two instances would (they share nothing but the
 * database), still give each customer with room for one message exactly one message.
 */
@QuarkusTest
@TestProfile(ConsentProfile.class)
class ConcurrentCapTest {
    private static final int CUSTOMERS = 2500;

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
    void twoCampaignsFrozenAtOnceMessageACappedCustomerOnce() throws Exception {
        String city = ConsentData.uniqueCity();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < CUSTOMERS; i++) {
                ConsentData.customer(c, city, i, "+9191000" + String.format("%05d", i), null);
            }
        }
        Instant now = Instant.now();
        long first = start(city, now);
        long second = start(city, now);
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> freeze(first, now, together));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> freeze(second, now, together));
        CompletableFuture.allOf(a, b).get(120, TimeUnit.SECONDS);

        Map<Long, Integer> messages = new HashMap<>();
        Map<Long, Integer> capped = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT customer_id, status, suppression_reason FROM communication_log WHERE campaign_id IN (?, ?)")) {
            st.setLong(1, first);
            st.setLong(2, second);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if ("QUEUED".equals(rs.getString("status"))) {
                        messages.merge(rs.getLong("customer_id"), 1, Integer::sum);
                    } else if ("frequency_cap".equals(rs.getString("suppression_reason"))) {
                        capped.merge(rs.getLong("customer_id"), 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(messages).hasSize(CUSTOMERS);
        assertThat(messages.values()).containsOnly(1);
        assertThat(capped).hasSize(CUSTOMERS);
        assertThat(capped.values()).containsOnly(1);
        Campaign one = campaigns.byId(first).orElseThrow();
        Campaign two = campaigns.byId(second).orElseThrow();
        assertThat(one.suppressed().frequencyCapped() + two.suppressed().frequencyCapped()).isEqualTo(CUSTOMERS);
        assertThat(one.pending() + two.pending()).isEqualTo(CUSTOMERS);
        for (Campaign campaign : List.of(one, two)) {
            assertThat(campaign.audienceSize()).isEqualTo(CUSTOMERS);
            if (campaign.pending() > 0) {
                cancel.cancel(campaign.requireId());
            }
        }
    }

    private long start(String city, Instant now) {
        String rule = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"" + city + "\"}]}";
        CampaignDraft.Valid draft = new CampaignDraft("Same moment", null, rule, "Hi {{first_name|there}}", "SMS", null).validate();
        return campaigns.add(Campaign.launch(draft, rules.freeze(null, rule), "tester@example.com", now)).requireId();
    }

    private void freeze(long campaignId, Instant now, CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        while (!log.freezeNextChunk(campaignId, 200, now).last()) {
            Thread.onSpinWait();
        }
    }
}
