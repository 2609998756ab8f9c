package com.minicrm.bootstrap.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The demo-data loader pushes its customers and orders through the public API, and every one is stored. */
@QuarkusTest
class DemoDataLoaderTest {
    @Inject
    DataSource dataSource;

    private static RequestSpecification api() {
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON);
    }

    @Test
    void aLoadStoresEveryCustomerAndOrderAndRevokesItsKey() throws SQLException {
        api().body("{\"customers\": 240}").post("/api/v1/demo-data").then().statusCode(202).body("state", equalTo("RUNNING"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api().get("/api/v1/demo-data").then().extract().path("state").equals("DONE"));
        int ordersPlanned = api().get("/api/v1/demo-data").then().body("percent", equalTo(100))
                .extract().path("ordersPlanned");
        assertThat(ordersPlanned).isGreaterThan(240);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(count("SELECT COUNT(*) FROM customer WHERE external_id LIKE 'demo-%' AND placeholder = FALSE"))
                    .isEqualTo(240);
            assertThat(count("SELECT COUNT(*) FROM customer_order WHERE external_id LIKE 'demo-o%'")).isEqualTo(ordersPlanned);
        });
        // Aggregates come from the orders: every stored order counts as one visit of its customer.
        assertThat(count("SELECT COALESCE(SUM(visits), 0) FROM customer WHERE external_id LIKE 'demo-%'")).isEqualTo(ordersPlanned);
        assertThat(count("SELECT COUNT(DISTINCT city) FROM customer WHERE external_id LIKE 'demo-%'")).isGreaterThan(5);
        assertThat(count("SELECT COUNT(*) FROM api_key WHERE name = 'demo-data loader' AND revoked_at IS NULL")).isZero();

        // Loading the same customers again adds nothing twice.
        api().body("{\"customers\": 240}").post("/api/v1/demo-data").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api().get("/api/v1/demo-data").then().extract().path("state").equals("DONE"));
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE external_id LIKE 'demo-o%'")).isEqualTo(ordersPlanned);
    }

    @Test
    void anOutOfRangeSizeIsRejectedNamingTheField() {
        api().body("{\"customers\": 0}").post("/api/v1/demo-data").then().statusCode(422)
                .body("errors.field", hasItem("customers"));
        api().body("{}").post("/api/v1/demo-data").then().statusCode(422).body("errors.field", hasItem("customers"));
    }

    @Test
    void anonymousCallersAreRefused() {
        given().contentType(ContentType.JSON).body("{\"customers\": 10}").post("/api/v1/demo-data").then().statusCode(401);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
