package com.minicrm.bootstrap.campaign;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.minicrm.domain.campaign.ReceiptSignature;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Receipts are authenticated by signature and applied so that repeats and late arrivals change nothing. */
@QuarkusTest
class DeliveryReceiptTest {
    private static final ReceiptSignature VENDOR = new ReceiptSignature(CampaignFixtures.RECEIPT_SECRET, Duration.ofMinutes(5));
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Inject
    DataSource dataSource;

    private static String receipt(long messageId, String status, Instant at) {
        return """
                {"vendorMessageId": "v-%d", "messageId": %d, "status": "%s", "occurredAt": "%s"}"""
                .formatted(messageId, messageId, status, at);
    }

    private static ValidatableResponse post(String body, long timestamp, String signature) {
        return given().contentType(ContentType.JSON)
                .header("X-Vendor-Timestamp", Long.toString(timestamp))
                .header("X-Vendor-Signature", signature)
                .body(body)
                .post("/api/v1/delivery-receipts")
                .then();
    }

    private static ValidatableResponse postSigned(String body) {
        long now = Instant.now().getEpochSecond();
        return post(body, now, VENDOR.sign(now, body));
    }

    @Test
    void aBadSignatureIsRejected() {
        long now = Instant.now().getEpochSecond();
        String body = receipt(1, "SENT", T0);
        post(body, now, VENDOR.sign(now, body.replace("SENT", "FAILED")))
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", is("signature does not match"));
    }

    @Test
    void aStaleSignatureIsRejectedSoAReplayFails() {
        long tenMinutesAgo = Instant.now().minusSeconds(600).getEpochSecond();
        String body = receipt(1, "SENT", T0);
        post(body, tenMinutesAgo, VENDOR.sign(tenMinutesAgo, body)).statusCode(401);
    }

    @Test
    void aReceiptWithoutSignatureHeadersIsRejected() {
        given().contentType(ContentType.JSON).body(receipt(1, "SENT", T0)).post("/api/v1/delivery-receipts").then().statusCode(401);
    }

    @Test
    void aSignedButInvalidReceiptIsRejectedByField() {
        postSigned("""
                {"vendorMessageId": "v", "messageId": 1, "status": "DELIVERED", "occurredAt": "2026-01-01T10:00:00Z"}""")
                .statusCode(422)
                .body("errors.field", hasItem("status"));
        postSigned("not json").statusCode(422);
    }

    @Test
    void duplicateAndOutOfOrderReceiptsLeaveTheCountersExact() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 4);
        List<Long> ids = LogRows.runningCampaign(dataSource, city, "SUBMITTED", 2);
        long campaign = LogRows.campaignOf(dataSource, ids.get(0));

        postSigned(receipt(ids.get(0), "SENT", T0)).statusCode(202);
        // The vendor sends the same receipt again as a new request (signed a second apart): accepted, and it changes nothing.
        long earlier = Instant.now().getEpochSecond() - 1;
        String again = receipt(ids.get(0), "SENT", T0);
        post(again, earlier, VENDOR.sign(earlier, again)).statusCode(202);
        postSigned(receipt(ids.get(1), "FAILED", T0.plusSeconds(5))).statusCode(202);
        awaitStatus(ids.get(1), "FAILED");
        // Dated earlier but arriving later: a final status is never replaced.
        postSigned(receipt(ids.get(1), "SENT", T0)).statusCode(202);
        postSigned(receipt(ids.get(0), "FAILED", T0.plusSeconds(9))).statusCode(202);
        postSigned(receipt(ids.get(2), "SENT", T0)).statusCode(202);
        awaitStatus(ids.get(2), "SENT");

        JsonPath counters = CampaignFixtures.campaign(campaign);
        assertThat(counters.getInt("sent")).isEqualTo(2);
        assertThat(counters.getInt("failed")).isEqualTo(1);
        assertThat(counters.getInt("pending")).isEqualTo(1);
        assertThat(counters.getString("status")).isEqualTo("RUNNING");
        assertThat(LogRows.status(dataSource, ids.get(0))).isEqualTo("SENT");
        assertThat(LogRows.status(dataSource, ids.get(1))).isEqualTo("FAILED");
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'SENT'", campaign))
                .isEqualTo(counters.getInt("sent"));

        postSigned(receipt(ids.get(3), "SENT", T0)).statusCode(202);
        awaitStatus(ids.get(3), "SENT");
        await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(CampaignFixtures.campaign(campaign).getString("status")));
        assertThat(CampaignFixtures.campaign(campaign).getInt("sent")).isEqualTo(3);
    }

    @Test
    void aReceiptThatOvertakesTheSubmissionStillCounts() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 1);
        List<Long> ids = LogRows.runningCampaign(dataSource, city, "SENDING", 1);

        postSigned(receipt(ids.get(0), "SENT", T0)).statusCode(202);

        awaitStatus(ids.get(0), "SENT");
        assertThat(CampaignFixtures.campaign(LogRows.campaignOf(dataSource, ids.get(0))).getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void anArrayOfReceiptsIsAppliedExactlyAndLeavesTheCountersEqualToTheLog() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 4);
        List<Long> ids = LogRows.runningCampaign(dataSource, city, "SUBMITTED", 2);
        long campaign = LogRows.campaignOf(dataSource, ids.get(0));

        // A repeat and a contradiction dated later inside one array change nothing.
        postSigned(array(receipt(ids.get(0), "SENT", T0), receipt(ids.get(1), "FAILED", T0), receipt(ids.get(2), "SENT", T0),
                        receipt(ids.get(0), "SENT", T0), receipt(ids.get(2), "FAILED", T0.plusSeconds(3))))
                .statusCode(202);
        awaitStatus(ids.get(2), "SENT");
        postSigned(array(receipt(ids.get(3), "SENT", T0))).statusCode(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(CampaignFixtures.campaign(campaign).getString("status")));

        JsonPath counters = CampaignFixtures.campaign(campaign);
        assertThat(counters.getInt("sent")).isEqualTo(3);
        assertThat(counters.getInt("failed")).isEqualTo(1);
        assertThat(counters.getInt("pending")).isZero();
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'SENT'", campaign))
                .isEqualTo(counters.getInt("sent"));
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'FAILED'", campaign))
                .isEqualTo(counters.getInt("failed"));
    }

    @Test
    void anArrayWithOneInvalidItemIsRejectedByIndexAndNothingOfItIsApplied() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 2);
        List<Long> ids = LogRows.runningCampaign(dataSource, city, "SUBMITTED", 2);

        postSigned(array(receipt(ids.get(0), "SENT", T0), receipt(ids.get(1), "DELIVERED", T0)))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("[1].status"));
        postSigned("[]").statusCode(422).body("errors.field", hasItem("body"));
        postSigned(array(receipt(ids.get(0), "SENT", T0), "42")).statusCode(422).body("errors.field", hasItem("[1]"));

        // A later valid receipt for the other message shows the queue has moved past any earlier request.
        postSigned(array(receipt(ids.get(1), "FAILED", T0))).statusCode(202);
        awaitStatus(ids.get(1), "FAILED");
        assertThat(LogRows.status(dataSource, ids.get(0))).isEqualTo("SUBMITTED");
    }

    @Test
    void anArrayWithABadSignatureIsRejected() {
        long now = Instant.now().getEpochSecond();
        String body = array(receipt(1, "SENT", T0), receipt(2, "SENT", T0));
        post(body, now, VENDOR.sign(now, array(receipt(1, "SENT", T0)))).statusCode(401).contentType("application/problem+json");
    }

    private static String array(String... receipts) {
        return "[" + String.join(",", receipts) + "]";
    }

    private void awaitStatus(long messageId, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> status.equals(LogRows.status(dataSource, messageId)));
    }
}
