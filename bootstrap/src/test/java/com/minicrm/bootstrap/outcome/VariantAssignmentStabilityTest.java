package com.minicrm.bootstrap.outcome;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A freeze cut short and resumed, which is what happens after a crash and how another instance
 * continues it (the reconciler resumes unfinished freezes on any instance), puts every member in the
 * same variant or the holdout as the uninterrupted freeze did.
 */
@QuarkusTest
class VariantAssignmentStabilityTest {
    private static final int AUDIENCE = 2_500;

    @Inject
    DataSource dataSource;

    @Test
    void aFreezeResumedAfterACrashAssignsEveryMemberTheSamePlace() throws Exception {
        String city = "Stable-" + UUID.randomUUID().toString().substring(0, 8);
        insertCustomers(city);
        long id = given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON).body("""
                {"name": "Stable %1$s", "channel": "SMS", "holdoutPercent": 15,
                 "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%1$s"}]},
                 "variants": [{"key": "A", "template": "A {{first_name}}", "weight": 20},
                              {"key": "B", "template": "B {{first_name}}", "weight": 30},
                              {"key": "C", "template": "C {{first_name}}", "weight": 50}]}
                """.formatted(city)).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        awaitStatus(id, "COMPLETED");
        Map<Long, String> first = places(id);
        assertThat(first).hasSize(AUDIENCE);
        assertThat(first.values()).contains("A", "B", "C", "HOLDOUT");

        // the crash: only the first chunk of 1,000 is in the log, the campaign still runs, its freeze unfinished
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long lastOfFirstChunk;
            try (PreparedStatement st = c.prepareStatement("SELECT customer_id FROM communication_log WHERE campaign_id = ?"
                    + " ORDER BY customer_id LIMIT 1 OFFSET 999")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    lastOfFirstChunk = rs.getLong(1);
                }
            }
            update(c, "DELETE FROM communication_log WHERE campaign_id = ? AND customer_id > " + lastOfFirstChunk, id);
            update(c, "UPDATE campaign k SET status = 'RUNNING', finished_at = NULL, audience_frozen = FALSE,"
                    + " started_at = started_at - INTERVAL 1 HOUR,"
                    + " audience_size = (SELECT COUNT(*) FROM communication_log WHERE campaign_id = k.id AND status <> 'HOLDOUT'),"
                    + " sent_count = (SELECT COUNT(*) FROM communication_log WHERE campaign_id = k.id AND status = 'SENT'),"
                    + " failed_count = (SELECT COUNT(*) FROM communication_log WHERE campaign_id = k.id AND status = 'FAILED'),"
                    + " holdout_count = (SELECT COUNT(*) FROM communication_log WHERE campaign_id = k.id AND status = 'HOLDOUT'),"
                    + " cancelled_count = 0 WHERE id = ?", id);
            c.commit();
        }
        assertThat(places(id)).hasSize(1000);

        awaitStatus(id, "COMPLETED");
        assertThat(places(id)).isEqualTo(first);
    }

    private static void awaitStatus(long id, String status) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Response r = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns/" + id);
            return r.statusCode() == 200 && status.equals(r.jsonPath().getString("status"));
        });
    }

    /** Each member's variant, or HOLDOUT. */
    private Map<Long, String> places(long campaignId) throws SQLException {
        Map<Long, String> places = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT customer_id, status, variant FROM communication_log WHERE campaign_id = ?")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    places.put(rs.getLong(1), "HOLDOUT".equals(rs.getString(2)) ? "HOLDOUT" : rs.getString(3));
                }
            }
        }
        return places;
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            st.executeUpdate();
        }
    }

    private void insertCustomers(String city) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("INSERT INTO customer (external_id, name, phone, city, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < AUDIENCE; i++) {
                st.setString(1, city + "-" + i);
                st.setString(2, "Member" + i + " Shah");
                st.setString(3, "+9190000" + String.format("%05d", i));
                st.setString(4, city);
                st.setObject(5, now);
                st.setObject(6, now);
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
