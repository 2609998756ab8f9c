package com.minicrm.bootstrap.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.CancelCampaignUseCase;
import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The suppressed count per reason, for generated customers with mixed subscriptions, earlier campaigns
 * inside and outside the cap window (sent, awaiting a receipt, failed, suppressed, cancelled,
 * transactional, on another channel) and missing addresses, equals what an evaluator written here in
 * plain Java works out from the same generated data, customer by customer; and so does the reach
 * forecast the composer shows before the launch.
 */
@QuarkusTest
@TestProfile(ConsentProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuppressionAtFreezeTest {
    private static final int CUSTOMERS = 1500;
    private static final List<String> STATUSES = List.of("SENT", "SUBMITTED", "FAILED", "SUPPRESSED", "CANCELLED", "QUEUED", "SENDING");
    private static final Set<String> COUNTED = Set.of("SENT", "SUBMITTED", "QUEUED", "SENDING");

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

    private final Instant now = Instant.now();
    private final String city = ConsentData.uniqueCity();
    private final List<Generated> customers = new ArrayList<>();

    /** One earlier message as generated. */
    private record Earlier(String channel, boolean transactional, Instant at, String status) {}

    /** One customer as generated, with everything the evaluator needs. */
    private record Generated(long id, String phone, String email, Map<String, String> subscriptions, List<Earlier> earlier) {}

    /** An earlier campaign: channel, kind and when its messages went out. */
    private record EarlierCampaign(String channel, boolean transactional, Duration ago) {}

    @BeforeAll
    void generate() throws Exception {
        Random random = new Random(20);
        List<EarlierCampaign> earlierCampaigns = List.of(new EarlierCampaign("SMS", false, Duration.ofHours(2)),
                new EarlierCampaign("SMS", false, Duration.ofHours(23)), new EarlierCampaign("SMS", false, Duration.ofHours(25)),
                new EarlierCampaign("SMS", false, Duration.ofHours(30)), new EarlierCampaign("SMS", true, Duration.ofHours(1)),
                new EarlierCampaign("EMAIL", false, Duration.ofHours(1)), new EarlierCampaign("EMAIL", false, Duration.ofHours(48)));
        try (Connection c = dataSource.getConnection()) {
            List<Long> campaignIds = new ArrayList<>();
            for (EarlierCampaign e : earlierCampaigns) {
                campaignIds.add(ConsentData.earlierCampaign(c, e.channel(), e.transactional(), now.minus(e.ago())));
            }
            for (int i = 0; i < CUSTOMERS; i++) {
                String phone = random.nextInt(100) < 15 ? null : "+9190000" + String.format("%05d", i);
                String email = random.nextInt(100) < 20 ? null : "c" + i + "@example.in";
                long id = ConsentData.customer(c, city, i, phone, email);
                Map<String, String> subscriptions = new HashMap<>();
                int sms = random.nextInt(100);
                if (sms < 20 || sms >= 90) {
                    subscriptions.put("SMS", sms < 20 ? "unsubscribed" : "subscribed");
                }
                if (random.nextInt(100) < 15) {
                    subscriptions.put("EMAIL", "unsubscribed");
                }
                for (Map.Entry<String, String> s : subscriptions.entrySet()) {
                    ConsentData.subscription(c, id, s.getKey(), s.getValue());
                }
                List<Earlier> earlier = new ArrayList<>();
                for (int k = 0; k < earlierCampaigns.size(); k++) {
                    if (random.nextInt(100) < 35) {
                        EarlierCampaign e = earlierCampaigns.get(k);
                        String status = STATUSES.get(random.nextInt(STATUSES.size()));
                        ConsentData.earlierMessage(c, campaignIds.get(k), id, status, now.minus(e.ago()));
                        earlier.add(new Earlier(e.channel(), e.transactional(), now.minus(e.ago()), status));
                    }
                }
                customers.add(new Generated(id, phone, email, subscriptions, earlier));
            }
        }
    }

    /** The evaluator: the reason each customer is suppressed for, or "messaged", from the generated data alone. */
    private Map<Long, String> expected(String channel, boolean transactional) {
        Map<Long, String> expected = new HashMap<>();
        Instant windowStart = now.minus(Duration.ofHours(24));
        for (Generated g : customers) {
            boolean unsubscribed = "unsubscribed".equals(g.subscriptions().get(channel));
            long recent = g.earlier().stream().filter(e -> e.channel().equals(channel) && !e.transactional()
                    && COUNTED.contains(e.status()) && e.at().isAfter(windowStart)).count();
            boolean capped = !transactional && recent >= 1;
            boolean noAddress = (channel.equals("EMAIL") ? g.email() : g.phone()) == null;
            expected.put(g.id(), unsubscribed ? "unsubscribed" : capped ? "frequency_cap" : noAddress ? "no_address" : "messaged");
        }
        return expected;
    }

    @Test
    void aPromotionalSmsCampaignSuppressesExactlyWhomTheEvaluatorDoes() throws Exception {
        checkAgainstTheEvaluator("SMS", false);
    }

    @Test
    void aPromotionalEmailCampaignCountsOnlyEmailMessagesTowardsTheCap() throws Exception {
        checkAgainstTheEvaluator("EMAIL", false);
    }

    @Test
    void aTransactionalCampaignSkipsTheCapButNeverAnUnsubscribe() throws Exception {
        checkAgainstTheEvaluator("SMS", true);
    }

    private void checkAgainstTheEvaluator(String channel, boolean transactional) throws Exception {
        Map<Long, String> expected = expected(channel, transactional);
        JsonPath forecast = given().header("Authorization", "Bearer test-api-key").contentType("application/json")
                .body("{\"rule\":" + rule() + ",\"channel\":\"" + channel + "\",\"transactional\":" + transactional + "}")
                .post("/api/v1/campaigns/reach").then().statusCode(200).extract().jsonPath();
        assertThat(List.of(forecast.getInt("matched"), forecast.getInt("unsubscribed"), forecast.getInt("frequencyCapped"),
                forecast.getInt("noAddress"), forecast.getInt("reachable")))
                .as("the reach forecast before the launch")
                .containsExactly(CUSTOMERS, occurrences(expected, "unsubscribed"), occurrences(expected, "frequency_cap"),
                        occurrences(expected, "no_address"), occurrences(expected, "messaged"));
        long id = freeze(channel, transactional);

        Map<Long, String> actual = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT customer_id, status, suppression_reason FROM communication_log WHERE campaign_id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString("status");
                    actual.put(rs.getLong("customer_id"), "SUPPRESSED".equals(status) ? rs.getString("suppression_reason")
                            : "QUEUED".equals(status) ? "messaged" : status);
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
        JsonPath campaign = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(campaign.getInt("suppressed.unsubscribed")).isEqualTo(occurrences(expected, "unsubscribed")).isPositive();
        assertThat(campaign.getInt("suppressed.frequencyCapped")).isEqualTo(occurrences(expected, "frequency_cap"));
        assertThat(campaign.getInt("suppressed.noAddress")).isEqualTo(occurrences(expected, "no_address")).isPositive();
        if (transactional) {
            assertThat(campaign.getInt("suppressed.frequencyCapped")).isZero();
        } else {
            assertThat(campaign.getInt("suppressed.frequencyCapped")).isPositive();
        }
        assertThat(campaign.getBoolean("transactional")).isEqualTo(transactional);
        int suppressed = campaign.getInt("suppressed.unsubscribed") + campaign.getInt("suppressed.frequencyCapped")
                + campaign.getInt("suppressed.noAddress");
        assertThat(campaign.getInt("audienceSize")).isEqualTo(CUSTOMERS)
                .isEqualTo(campaign.getInt("sent") + campaign.getInt("failed") + campaign.getInt("pending")
                        + campaign.getInt("cancelled") + suppressed);
        assertThat(campaign.getInt("pending")).isEqualTo(occurrences(expected, "messaged"));
        cancel.cancel(id);
    }

    private static int occurrences(Map<Long, String> outcomes, String outcome) {
        return (int) outcomes.values().stream().filter(outcome::equals).count();
    }

    /** Starts a campaign for the generated city and freezes its whole audience, chunk by chunk. */
    private long freeze(String channel, boolean transactional) {
        String rule = rule();
        CampaignDraft.Valid draft = new CampaignDraft("Consent", null, rule, "Hi {{first_name|there}}", channel, null, transactional).validate();
        long id = campaigns.add(Campaign.launch(draft, rules.freeze(null, rule), "tester@example.com", now)).requireId();
        while (!log.freezeNextChunk(id, 200, now).last()) {
            // next chunk
        }
        return id;
    }

    private String rule() {
        return "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"" + city + "\"}]}";
    }
}
