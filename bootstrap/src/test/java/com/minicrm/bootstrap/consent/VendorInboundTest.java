package com.minicrm.bootstrap.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.minicrm.application.port.in.CancelCampaignUseCase;
import com.minicrm.bootstrap.campaign.CampaignFixtures;
import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.campaign.ReceiptSignature;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** STOP and START replies, signed like receipts and refused when replayed, change subscriptions and withdraw queued messages. */
@QuarkusTest
class VendorInboundTest {
    private static final ReceiptSignature VENDOR = new ReceiptSignature("test-receipt-secret-0123456789", Duration.ofMinutes(5));

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

    private static String reply(String channel, String from, String text) {
        return "{\"channel\": \"%s\", \"from\": \"%s\", \"text\": \"%s\", \"receivedAt\": \"%s\"}".formatted(channel, from, text, Instant.now());
    }

    private static ValidatableResponse post(String body, long timestamp, String signature) {
        return given().contentType(ContentType.JSON).header("X-Vendor-Timestamp", Long.toString(timestamp))
                .header("X-Vendor-Signature", signature).body(body).post("/api/v1/vendor-inbound").then();
    }

    private static ValidatableResponse postSigned(String body) {
        long now = Instant.now().getEpochSecond();
        return post(body, now, VENDOR.sign(now, body));
    }

    /** Ten random digits, so runs never share a number. */
    private static String number() {
        return String.format("9%09d", new Random().nextInt(1_000_000_000));
    }

    private long customer(String city, int i, String phone) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return ConsentData.customer(c, city, i, phone, null);
        }
    }

    private String subscription(long customerId, String channel) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT CONCAT(status, '/', source) FROM customer_subscription WHERE customer_id = ? AND channel = ?")) {
            st.setLong(1, customerId);
            st.setString(2, channel);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : "none";
            }
        }
    }

    @Test
    void stopInAnyUsualFormUnsubscribesEveryCustomerWithTheNumberOnThatChannelOnly() throws Exception {
        String city = ConsentData.uniqueCity();
        String n = number();
        long formatted = customer(city, 0, "+91 " + n.substring(0, 5) + " " + n.substring(5));
        long bare = customer(city, 1, n);
        long other = customer(city, 2, number());

        postSigned(reply("SMS", "+91" + n, "  Stop All ")).statusCode(200).body("customersChanged", is(2));

        assertThat(subscription(formatted, "SMS")).isEqualTo("unsubscribed/stop-reply");
        assertThat(subscription(bare, "SMS")).isEqualTo("unsubscribed/stop-reply");
        assertThat(subscription(formatted, "WHATSAPP")).isEqualTo("none");
        assertThat(subscription(other, "SMS")).isEqualTo("none");
        postSigned(reply("SMS", n, "unsubscribe")).statusCode(200).body("customersChanged", is(0));

        postSigned(reply("SMS", n, "Is the sale on in Pune?")).statusCode(200).body("customersChanged", is(0));
        assertThat(subscription(bare, "SMS")).isEqualTo("unsubscribed/stop-reply");
        assertThat(CampaignFixtures.count(dataSource, "SELECT COUNT(*) FROM inbound_message WHERE sender = ? AND keyword = 'OTHER'"
                + " AND text = 'Is the sale on in Pune?'", n)).isEqualTo(1);

        postSigned(reply("SMS", n, "START")).statusCode(200).body("customersChanged", is(2));
        assertThat(subscription(bare, "SMS")).isEqualTo("subscribed/stop-reply");
        JsonPath customer = given().header("Authorization", "Bearer test-api-key").get("/api/v1/customers/" + city + "-0").jsonPath();
        assertThat(customer.getString("subscriptions.sms.status")).isEqualTo("subscribed");
        assertThat(customer.getString("subscriptions.sms.source")).isEqualTo("stop-reply");
    }

    @Test
    void aForgedStaleOrReplayedReplyChangesNothing() throws Exception {
        String city = ConsentData.uniqueCity();
        String n = number();
        long id = customer(city, 0, n);
        String stop = reply("SMS", n, "STOP");
        long now = Instant.now().getEpochSecond();

        post(stop, now, VENDOR.sign(now, reply("SMS", n, "START"))).statusCode(401).contentType("application/problem+json");
        post(stop, now - 600, VENDOR.sign(now - 600, stop)).statusCode(401);
        post(stop, now, new ReceiptSignature("another-secret-0123456789", Duration.ofMinutes(5)).sign(now, stop)).statusCode(401);
        assertThat(subscription(id, "SMS")).isEqualTo("none");

        String signature = VENDOR.sign(now, stop);
        post(stop, now, signature).statusCode(200).body("customersChanged", is(1));
        String start = reply("SMS", n, "START");
        postSigned(start).statusCode(200);
        post(stop, now, signature).statusCode(409);
        assertThat(subscription(id, "SMS")).isEqualTo("subscribed/stop-reply");
    }

    @Test
    void anInvalidReplyIsRefusedNamingTheFieldAndItsSignatureMayBeUsedAgain() {
        postSigned("{\"channel\": \"EMAIL\", \"from\": \"call me\", \"text\": \"STOP\", \"receivedAt\": \"yesterday\"}")
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("channel")).body("errors.field", hasItem("receivedAt"));
        postSigned("{\"channel\": \"SMS\", \"from\": \"call me\", \"text\": \"STOP\", \"receivedAt\": \"2026-03-01T09:00:00Z\"}")
                .statusCode(422).body("errors.field", hasItem("from"));
        postSigned("{\"channel\": \"SMS\", \"from\": \"9876543210\", \"receivedAt\": \"2026-03-01T09:00:00Z\", \"extra\": 1}")
                .statusCode(422).body("errors.field", hasItem("text")).body("errors.field", hasItem("extra"));
        postSigned("[1, 2]").statusCode(422).body("errors.field", hasItem("body"));
        String bad = "{\"channel\": \"SMS\", \"from\": \"+91 98765\", \"text\": 5, \"receivedAt\": \"2026-03-01T09:00:00Z\"}";
        long now = Instant.now().getEpochSecond();
        post(bad, now, VENDOR.sign(now, bad)).statusCode(422);
        post(bad, now, VENDOR.sign(now, bad)).statusCode(422);
    }

    @Test
    void aStopWhileACampaignSendsWithdrawsThatCustomersQueuedMessagesExactly() throws Exception {
        String city = ConsentData.uniqueCity();
        String n = number();
        for (int i = 0; i < 30; i++) {
            customer(city, i, i == 7 ? n : number());
        }
        String twin = "0" + n.substring(0, 5) + "-" + n.substring(5);
        customer(city, 30, twin);
        long sms = frozenCampaign(city, "SMS");
        long whatsapp = frozenCampaign(city, "WHATSAPP");

        postSigned(reply("SMS", n, "stop")).statusCode(200).body("customersChanged", is(2)).body("messagesWithdrawn", is(2));

        JsonPath campaign = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns/" + sms).jsonPath();
        assertThat(campaign.getInt("suppressed.unsubscribed")).isEqualTo(2);
        assertThat(campaign.getInt("pending")).isEqualTo(29);
        assertThat(campaign.getInt("audienceSize")).isEqualTo(31).isEqualTo(campaign.getInt("sent") + campaign.getInt("failed")
                + campaign.getInt("pending") + campaign.getInt("cancelled") + campaign.getInt("suppressed.unsubscribed")
                + campaign.getInt("suppressed.frequencyCapped") + campaign.getInt("suppressed.noAddress"));
        assertThat(CampaignFixtures.count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'SUPPRESSED'"
                + " AND suppression_reason = 'unsubscribed'", sms)).isEqualTo(2);
        assertThat(CampaignFixtures.count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'QUEUED'",
                whatsapp)).isEqualTo(31);
        cancel.cancel(sms);
        cancel.cancel(whatsapp);
    }

    /** The hostile pass saw an API unsubscribe honoured at the next freeze only: a running campaign still sent to them a minute later. */
    @Test
    void anUnsubscribeThroughTheApiAlsoWithdrawsThatCustomersQueuedMessages() throws Exception {
        String city = ConsentData.uniqueCity();
        for (int i = 0; i < 10; i++) {
            customer(city, i, number());
        }
        long sms = frozenCampaign(city, "SMS");
        long whatsapp = frozenCampaign(city, "WHATSAPP");

        given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON)
                .body("{\"externalId\": \"" + city + "-3\", \"name\": \"Person3 Test\", \"subscriptions\": {\"sms\": \"unsubscribed\"}}")
                .post("/api/v1/customers").then().statusCode(202);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> CampaignFixtures.count(dataSource,
                "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'SUPPRESSED' AND suppression_reason = 'unsubscribed'",
                sms) == 1);
        JsonPath campaign = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns/" + sms).jsonPath();
        assertThat(campaign.getInt("suppressed.unsubscribed")).isEqualTo(1);
        assertThat(campaign.getInt("pending")).isEqualTo(9);
        assertThat(CampaignFixtures.count(dataSource, "SELECT COUNT(*) FROM communication_log l JOIN customer c ON c.id = l.customer_id"
                + " WHERE l.campaign_id = ? AND l.status = 'SUPPRESSED' AND c.external_id = ?", sms, city + "-3")).isEqualTo(1);
        assertThat(CampaignFixtures.count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'QUEUED'",
                whatsapp)).as("another channel keeps its messages").isEqualTo(10);
        cancel.cancel(sms);
        cancel.cancel(whatsapp);
    }

    /** A running campaign whose whole audience is frozen and queued, with no job published, so nothing is claimed meanwhile. */
    private long frozenCampaign(String city, String channel) {
        String rule = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"" + city + "\"}]}";
        CampaignDraft.Valid draft = new CampaignDraft("Stop test", null, rule, "Hi {{first_name|there}}", channel, null, true).validate();
        long id = campaigns.add(Campaign.launch(draft, rules.freeze(null, rule), "tester@example.com", Instant.now())).requireId();
        while (!log.freezeNextChunk(id, 200, Instant.now()).last()) {
            Thread.onSpinWait();
        }
        return id;
    }
}
