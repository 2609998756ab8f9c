package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

/** Shared moves of the hostile tests: an authenticated JSON request, and proof that nothing was stored. */
final class Bodies {
    static final String PROBLEM = "application/problem+json";

    private Bodies() {}

    static RequestSpecification authed() {
        return given().header("Authorization", "Bearer test-api-key").contentType("application/json");
    }

    /**
     * The queue is worked in order: once a customer sent after the refused requests is stored, any
     * of them that had been queued would be stored too. Returns the rows whose external id starts so.
     */
    static long storedAfterwards(DataSource dataSource, String prefix) throws SQLException {
        String after = prefix + "after";
        authed().body(Map.of("externalId", after, "name", "After")).post("/api/v1/customers").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> authed().get("/api/v1/customers/" + after).statusCode() == 200);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT (SELECT COUNT(*) FROM customer WHERE external_id LIKE ?)"
                        + " + (SELECT COUNT(*) FROM customer_order WHERE external_id LIKE ?)")) {
            st.setString(1, prefix + "%");
            st.setString(2, prefix + "%");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) - 1;
            }
        }
    }
}
