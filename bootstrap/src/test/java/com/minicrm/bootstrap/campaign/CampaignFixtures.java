package com.minicrm.bootstrap.campaign;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/** Test data and API calls shared by the campaign tests; each test works in its own city. */
public final class CampaignFixtures {
    static final String KEY = "test-api-key";
    static final String RECEIPT_SECRET = "test-receipt-secret-0123456789";

    private CampaignFixtures() {}

    public static RequestSpecification authed() {
        return given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON);
    }

    public static String uniqueCity() {
        return "City-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Inserts customers in one multi-row statement; every one has a name and a phone. */
    public static void insertCustomers(DataSource dataSource, String city, int count) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO customer (external_id, name, phone, email, city, total_spend,"
                + " visits, avg_order_value, created_at, updated_at) VALUES ");
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (int i = 0; i < count; i++) {
                st.setString(p++, city + "-" + i);
                st.setString(p++, "Person" + i + " Test");
                st.setString(p++, "+9198765" + String.format("%05d", i));
                st.setString(p++, "p" + i + "@example.in");
                st.setString(p++, city);
                st.setBigDecimal(p++, java.math.BigDecimal.valueOf(i));
                st.setInt(p++, i % 7);
                st.setBigDecimal(p++, java.math.BigDecimal.ONE);
                st.setObject(p++, now);
                st.setObject(p++, now);
            }
            st.executeUpdate();
        }
    }

    /** Launches an ad-hoc campaign for one city and returns its id. */
    static long launchForCity(String city) {
        return launchForCity(city, null);
    }

    /** Launches an ad-hoc campaign for one city, to start at {@code scheduledAt} when given, and returns its id. */
    public static long launchForCity(String city, java.time.Instant scheduledAt) {
        return authed().body("""
                        {"name": "Test %1$s", "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%1$s"}]},
                         "template": "Hi {{first_name|there}}, 10%% off in {{city}}!", "channel": "SMS", "scheduledAt": %2$s}
                        """.formatted(city, scheduledAt == null ? "null" : "\"" + scheduledAt + "\""))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static JsonPath campaign(long id) {
        return authed().get("/api/v1/campaigns/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath awaitStatus(long id, String status, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> status.equals(campaign(id).getString("status")));
        return campaign(id);
    }

    public static long count(DataSource dataSource, String sql, Object... binds) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                st.setObject(i + 1, binds[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
