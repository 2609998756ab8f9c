package com.minicrm.bootstrap.composer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** POST /api/v1/campaigns/message-preview renders with the domain's template for a real customer. */
@QuarkusTest
class MessagePreviewApiTest {
    @Inject
    DataSource dataSource;

    private static RequestSpecification authed() {
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON);
    }

    @Test
    void rendersTheTemplateForTheNamedCustomerWithFallbacksForWhatTheyLack() throws SQLException {
        String id = "MP-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO customer (external_id, name, city, total_spend, visits, avg_order_value, created_at, updated_at)"
                        + " VALUES (?, 'Anjali Desai', NULL, 12345.5, 3, 4115.17, NOW(6), NOW(6))")) {
            st.setString(1, id);
            st.executeUpdate();
        }

        authed().body("{\"template\": \"Hi {{first_name|there}} from {{city|your city}}, you spent ₹{{total_spend}}\","
                        + " \"customerExternalId\": \"" + id + "\"}")
                .post("/api/v1/campaigns/message-preview")
                .then().statusCode(200)
                .body("text", equalTo("Hi Anjali from your city, you spent ₹12,345.50"))
                .body("customer.externalId", equalTo(id))
                .body("customer.name", equalTo("Anjali Desai"))
                .body("customer.city", nullValue());
    }

    @Test
    void anUnknownPlaceholderOrCustomerIs422NamingTheField() {
        authed().body("{\"template\": \"Hello {{nickname}}\"}")
                .post("/api/v1/campaigns/message-preview")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("template"))
                .body("errors[0].message", equalTo("unknown placeholder {{nickname}}"));
        authed().body("{\"template\": \"Hello\", \"customerExternalId\": \"no-such-customer-" + UUID.randomUUID() + "\"}")
                .post("/api/v1/campaigns/message-preview")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("customerExternalId"));
        authed().body("").post("/api/v1/campaigns/message-preview").then().statusCode(422);
    }

    @Test
    void withoutCredentialsItIs401() {
        given().contentType(ContentType.JSON).body("{\"template\": \"Hi\"}")
                .post("/api/v1/campaigns/message-preview").then().statusCode(401);
    }
}
