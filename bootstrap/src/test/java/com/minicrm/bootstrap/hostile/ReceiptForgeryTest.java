package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.minicrm.domain.campaign.ReceiptSignature;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Receipts with a forged signature, a replayed signature or an unknown message id change nothing:
 * neither a message's status nor its campaign's counters. A replay is refused with 409; an unknown
 * message id is accepted (so the vendor stops retrying) and counted. A genuine receipt posted after
 * them shows the consumer has worked past them, so "nothing changed" is not just "not yet".
 */
@QuarkusTest
class ReceiptForgeryTest {
    private static final ReceiptSignature VENDOR = new ReceiptSignature("test-receipt-secret-0123456789", Duration.ofMinutes(5));
    private static final ReceiptSignature FORGER = new ReceiptSignature("guessed-secret-0123456789", Duration.ofMinutes(5));

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    private long campaign;
    private long target;
    private long control;

    @BeforeEach
    void twoSubmittedMessages() throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            long customer = insert(st, "INSERT INTO customer (external_id, name, phone, created_at, updated_at) VALUES ('forgery-"
                    + UUID.randomUUID() + "', 'Target', '+919800000000', '" + now + "', '" + now + "')");
            campaign = insert(st, "INSERT INTO campaign (name, rule_json, template, channel, status, created_at, audience_frozen,"
                    + " audience_size) VALUES ('Forgery', '{}', 'Hi', 'SMS', 'RUNNING', '" + now + "', TRUE, 2)");
            long other = insert(st, "INSERT INTO customer (external_id, name, phone, created_at, updated_at) VALUES ('forgery-"
                    + UUID.randomUUID() + "', 'Control', '+919800000001', '" + now + "', '" + now + "')");
            target = logRow(st, customer, now);
            control = logRow(st, other, now);
        }
    }

    @Test
    void forgedReplayedAndUnknownReceiptsChangeNothing() throws SQLException {
        String failed = receipt(target, "FAILED");
        long now = Instant.now().getEpochSecond();
        post(failed, now, FORGER.sign(now, failed)).statusCode(401);
        String sent = receipt(control, "SENT");
        String genuineSignature = VENDOR.sign(now, sent);
        // The signature of one body does not cover another, nor the same body at another time.
        post(failed, now, genuineSignature).statusCode(401);
        long old = now - 600;
        post(failed, old, VENDOR.sign(old, failed)).statusCode(401);
        double unknownBefore = unknownReceipts();
        String unknown = receipt(987_654_321L, "FAILED");
        post(unknown, now, VENDOR.sign(now, unknown)).statusCode(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> unknownReceipts() >= unknownBefore + 1);

        post(sent, now, genuineSignature).statusCode(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(control)));
        // The same signed request again is a replay: refused, and it applies nothing.
        post(sent, now, genuineSignature).statusCode(409).contentType("application/problem+json");
        post(sent, now, genuineSignature.toUpperCase()).statusCode(409);
        String laterFailure = receipt(control, "FAILED");
        post(laterFailure, now, VENDOR.sign(now, laterFailure)).statusCode(202);
        String marker = receipt(target, "SENT");
        post(marker, now, VENDOR.sign(now, marker)).statusCode(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(target)));

        assertThat(status(control)).isEqualTo("SENT");
        assertThat(counters()).containsExactly(2L, 0L);
        assertThat(rowsFor(987_654_321L)).isZero();
    }

    private static String receipt(long messageId, String status) {
        return "{\"vendorMessageId\":\"v-" + messageId + "\",\"messageId\":" + messageId + ",\"status\":\"" + status
                + "\",\"occurredAt\":\"" + Instant.now() + "\"}";
    }

    private static ValidatableResponse post(String body, long timestamp, String signature) {
        return given().contentType("application/json").header("X-Vendor-Timestamp", Long.toString(timestamp))
                .header("X-Vendor-Signature", signature).body(body).post("/api/v1/delivery-receipts").then();
    }

    private double unknownReceipts() {
        return registry.counter("crm.delivery.receipts.unknown").count();
    }

    private String status(long id) throws SQLException {
        return (String) single("SELECT status FROM communication_log WHERE id = ?", id);
    }

    private List<Long> counters() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT sent_count, failed_count FROM campaign WHERE id = ?")) {
            st.setLong(1, campaign);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return List.of(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    private long rowsFor(long id) throws SQLException {
        return ((Number) single("SELECT COUNT(*) FROM communication_log WHERE id = ?", id)).longValue();
    }

    private Object single(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    private long logRow(Statement st, long customer, LocalDateTime now) throws SQLException {
        return insert(st, "INSERT INTO communication_log (campaign_id, customer_id, recipient, message, status, status_rank,"
                + " queued_at, submitted_at, updated_at) VALUES (" + campaign + ", " + customer + ", '+919800000000', 'Hi',"
                + " 'SUBMITTED', 2, '" + now + "', '" + now + "', '" + now + "')");
    }

    private static long insert(Statement st, String sql) throws SQLException {
        st.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
        try (ResultSet keys = st.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
