package com.minicrm.bootstrap.consent;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Writes generated customers, subscriptions and earlier campaigns straight into the database, as the product would have left them. */
public final class ConsentData {
    private ConsentData() {}

    static String uniqueCity() {
        return "Consent-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Inserts one customer and returns its id. */
    public static long customer(Connection c, String city, int i, String phone, String email) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO customer (external_id, name, phone, email, city, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, NOW(6), NOW(6))", Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, city + "-" + i);
            st.setString(2, "Person" + i + " Test");
            st.setString(3, phone);
            st.setString(4, email);
            st.setString(5, city);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static void subscription(Connection c, long customerId, String channel, String status) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO customer_subscription (customer_id, channel, status, source, changed_at)"
                + " VALUES (?, ?, ?, 'api', NOW(6))")) {
            st.setLong(1, customerId);
            st.setString(2, channel);
            st.setString(3, status);
            st.executeUpdate();
        }
    }

    /** A finished earlier campaign on {@code channel}. */
    static long earlierCampaign(Connection c, String channel, boolean transactional, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO campaign (name, rule_json, template, channel, status, created_at,"
                + " started_at, audience_frozen, transactional) VALUES ('Earlier', '{}', 'Hi', ?, 'COMPLETED', ?, ?, TRUE, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, channel);
            st.setObject(2, utc(at));
            st.setObject(3, utc(at));
            st.setBoolean(4, transactional);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** One message of an earlier campaign: handed to the vendor at {@code at} when it got that far. */
    static void earlierMessage(Connection c, long campaignId, long customerId, String status, Instant at) throws SQLException {
        boolean handedOver = List.of("SUBMITTED", "SENT").contains(status);
        try (PreparedStatement st = c.prepareStatement("INSERT INTO communication_log (campaign_id, customer_id, recipient, message, status,"
                + " status_rank, queued_at, submitted_at, updated_at) VALUES (?, ?, '+910000000000', 'earlier', ?, ?, ?, ?, ?)")) {
            st.setLong(1, campaignId);
            st.setLong(2, customerId);
            st.setString(3, status);
            st.setInt(4, com.minicrm.domain.campaign.DeliveryStatus.valueOf(status).rank());
            st.setObject(5, utc(handedOver ? at.minusSeconds(60) : at));
            st.setObject(6, handedOver ? utc(at) : null);
            st.setObject(7, utc(at));
            st.executeUpdate();
        }
    }

    /** Launches a campaign to one city through the API (an e-mail with a subject) and returns its id. */
    static long launch(String city, String channel, boolean transactional) {
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON).body("""
                        {"name": "Consent %1$s %2$s", "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%1$s"}]},
                         "template": "Hi {{first_name|there}}!", "subject": %3$s, "channel": "%2$s", "transactional": %4$s}
                        """.formatted(city, channel, "EMAIL".equals(channel) ? "\"Hello\"" : "null", transactional))
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
