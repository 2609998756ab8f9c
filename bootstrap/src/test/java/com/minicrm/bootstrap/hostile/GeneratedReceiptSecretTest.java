package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.campaign.ReceiptSignature;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Without a configured receipt secret the app does not fall back to any value in the repository:
 * it generates one on first start, keeps it in the database for every instance, and accepts only
 * receipts signed with it. Every secret the repository has ever shown is refused.
 */
@QuarkusTest
@TestProfile(GeneratedReceiptSecretProfile.class)
class GeneratedReceiptSecretTest {
    private static final List<String> PUBLISHED = List.of("change-me-vendor-receipt-secret", "test-receipt-secret-0123456789",
            "smoke-receipt-secret-0123456789", "reliability-receipt-secret-0123456789");

    @Inject
    DataSource dataSource;

    @Test
    void receiptsSignedWithAnySecretFromTheRepositoryAreRefusedAndTheGeneratedOneWorks() throws SQLException {
        String receipt = "{\"vendorMessageId\":\"v-1\",\"messageId\":876543219,\"status\":\"SENT\",\"occurredAt\":\"" + Instant.now() + "\"}";
        long now = Instant.now().getEpochSecond();
        for (String published : PUBLISHED) {
            post(receipt, now, new ReceiptSignature(published, Duration.ofMinutes(5)).sign(now, receipt), 401);
        }

        String generated = storedSecret();
        assertThat(generated).matches("[0-9a-f]{64}").isNotIn(PUBLISHED);
        post(receipt, now, new ReceiptSignature(generated, Duration.ofMinutes(5)).sign(now, receipt), 202);
    }

    @Test
    void aPublishedSecretIsNotAcceptedAsConfiguration() {
        assertThat(ReceiptSignature.isPublished("change-me-vendor-receipt-secret")).isTrue();
        assertThat(ReceiptSignature.newSecret()).hasSize(64).isNotEqualTo(ReceiptSignature.newSecret());
    }

    private String storedSecret() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT value FROM app_secret WHERE name = 'receipt-secret'")) {
            assertThat(rs.next()).as("a generated secret is stored").isTrue();
            return rs.getString(1);
        }
    }

    private static void post(String body, long timestamp, String signature, int status) {
        given().contentType("application/json").header("X-Vendor-Timestamp", Long.toString(timestamp))
                .header("X-Vendor-Signature", signature).body(body).post("/api/v1/delivery-receipts").then().statusCode(status);
    }
}
