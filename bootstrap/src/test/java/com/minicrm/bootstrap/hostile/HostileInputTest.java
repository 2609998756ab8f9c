package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Attacks by hand: SQL in every text field and in every part of a rule, rule trees far too deep and
 * too large, batches over the limit, wrong content types. Each is stored as plain data or rejected
 * as problem+json, and the server stays healthy.
 */
@QuarkusTest
class HostileInputTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    private static RequestSpecification authed() {
        return given().header("Authorization", "Bearer test-api-key").contentType("application/json");
    }

    @AfterEach
    void serverStaysHealthy() {
        given().get("/q/health/ready").then().statusCode(200);
        authed().body(Map.of("externalId", "healthy-" + UUID.randomUUID(), "name", "Still Here")).post("/api/v1/customers")
                .then().statusCode(202);
    }

    @Test
    void sqlInEveryTextFieldOfACustomerAndAnOrderIsStoredAsPlainText() throws SQLException {
        List<String> ids = new ArrayList<>();
        for (String injection : HostileValues.SQL_INJECTIONS) {
            String id = "sqli-" + UUID.randomUUID();
            ids.add(id);
            authed().body(Map.of("externalId", id, "name", injection, "city", injection, "tags", List.of("t" + ids.size()),
                            "attributes", Map.of("note", injection)))
                    .post("/api/v1/customers").then().statusCode(202);
            authed().body(Map.of("externalId", id + "-o", "customerExternalId", id, "amount", 10, "orderedAt", "2026-01-01T00:00:00Z",
                            "status", injection.length() > 32 ? injection.substring(0, 32) : injection))
                    .post("/api/v1/orders").then().statusCode(202);
            // Injection in an id is either a valid id (stored verbatim) or a 422 naming it; never a 5xx.
            authed().body(Map.of("externalId", injection, "name", "Id Attack")).post("/api/v1/customers")
                    .then().statusCode(either(is(202)).or(is(422)));
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String injection = HostileValues.SQL_INJECTIONS.get(i);
            await().atMost(Duration.ofSeconds(30)).until(() -> authed().get("/api/v1/customers/" + id).then().extract()
                    .path("visits") instanceof Integer visits && visits == 1);
            authed().get("/api/v1/customers/" + id).then().statusCode(200)
                    .body("name", is(injection))
                    .body("city", is(injection));
        }
        assertThat(count("SELECT COUNT(*) FROM customer WHERE external_id LIKE 'sqli-%'")).isGreaterThanOrEqualTo(ids.size());
    }

    @Test
    void sqlInRuleValuesIsBoundAndInFieldsOperatorsAndCombinatorsIsRejected() {
        for (String injection : HostileValues.SQL_INJECTIONS) {
            preview(condition("city", "=", injection)).statusCode(200).body("audienceSize", is(0));
            preview(condition(injection, "=", "Pune")).statusCode(422).contentType(startsWith(PROBLEM))
                    .body("errors.field", hasItem(startsWith("rules[0].field")));
            preview(condition("city", injection, "Pune")).statusCode(422).contentType(startsWith(PROBLEM))
                    .body("errors.field", hasItem(startsWith("rules[0].operator")));
            authed().body("{\"rule\":{\"combinator\":" + quote(injection) + ",\"rules\":[{\"field\":\"visits\",\"operator\":\">\",\"value\":1}]}}")
                    .post("/api/v1/segments/preview").then().statusCode(422).contentType(startsWith(PROBLEM))
                    .body("errors.field", hasItem(startsWith("combinator")));
        }
    }

    @Test
    void aRuleTreeAThousandLevelsDeepIsRejectedCleanly() throws SQLException {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            rule.append("{\"combinator\":\"and\",\"rules\":[");
        }
        rule.append("{\"field\":\"visits\",\"operator\":\">\",\"value\":1}").append("]}".repeat(1000));
        long segments = count("SELECT COUNT(*) FROM segment");
        for (String path : List.of("/api/v1/segments/preview", "/api/v1/segments")) {
            authed().body("{\"name\":\"Deep\",\"rule\":" + rule + "}").post(path).then()
                    .statusCode(either(is(400)).or(is(422)))
                    .contentType(startsWith(PROBLEM));
        }
        assertThat(count("SELECT COUNT(*) FROM segment")).isEqualTo(segments);
    }

    @Test
    void aRuleWithAHundredThousandConditionsIsRejectedCleanly() throws Exception {
        long segments = count("SELECT COUNT(*) FROM segment");
        for (int conditions : List.of(100_000, 20_000)) {
            StringBuilder rule = new StringBuilder("{\"combinator\":\"or\",\"rules\":[");
            for (int i = 0; i < conditions; i++) {
                rule.append(i == 0 ? "" : ",").append("{\"field\":\"visits\",\"operator\":\">\",\"value\":").append(i).append('}');
            }
            rule.append("]}");
            String body = "{\"name\":\"Huge\",\"rule\":" + rule + "}";
            // Over the body limit it is 413; under it, the validator's 200-condition limit answers 422.
            if (conditions == 100_000) {
                assertThat(postTooLarge("/api/v1/segments", body)).isEqualTo(413);
            } else {
                authed().body(body).post("/api/v1/segments").then().statusCode(422).contentType(startsWith(PROBLEM));
            }
        }
        assertThat(count("SELECT COUNT(*) FROM segment")).isEqualTo(segments);
    }

    @Test
    void batchesOverTheLimitAreRejectedWithNothingQueued() throws Exception {
        String prefix = "over-" + UUID.randomUUID() + "-";
        StringBuilder batch = new StringBuilder("{\"customers\":[");
        for (int i = 0; i <= 1000; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"externalId\":\"").append(prefix).append(i).append("\",\"name\":\"N\"}");
        }
        authed().body(batch.append("]}").toString()).post("/api/v1/customers/batch").then().statusCode(422)
                .contentType(startsWith(PROBLEM)).body("errors.field", hasItem(startsWith("customers")));
        String big = "{\"customers\":[{\"externalId\":\"" + prefix + "big\",\"name\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}]}";
        assertThat(postTooLarge("/api/v1/customers/batch", big)).isEqualTo(413);
        // A later customer is stored, so the refused ones would have been too by now.
        String after = prefix + "after";
        authed().body(Map.of("externalId", after, "name", "After")).post("/api/v1/customers").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> authed().get("/api/v1/customers/" + after).statusCode() == 200);
        assertThat(count("SELECT COUNT(*) FROM customer WHERE external_id LIKE '" + prefix + "%'")).isEqualTo(1);
    }

    @Test
    void wrongContentTypesAreRejected() throws Exception {
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            for (String path : List.of("/api/v1/customers", "/api/v1/orders/batch", "/api/v1/segments/preview", "/api/v1/campaigns")) {
                HttpResponse<String> response = post(path, type, "externalId=x&name=y", false);
                assertThat(response.statusCode()).as(type + " to " + path).isEqualTo(415);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
            }
        }
    }

    /**
     * The HTTP layer refuses a body over the limit as soon as it sees the length, before reading it,
     * and closes the connection; announcing the body with "100-continue" lets the client read that 413.
     */
    private static int postTooLarge(String path, String body) throws IOException {
        return RawHttp.status(RawHttp.announce(path, "application/json", body.getBytes(StandardCharsets.UTF_8).length));
    }

    private static HttpResponse<String> post(String path, String type, String body, boolean expectContinue)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer test-api-key").header("Content-Type", type)
                .expectContinue(expectContinue).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static ValidatableResponse preview(String condition) {
        return authed().body("{\"rule\":{\"combinator\":\"and\",\"rules\":[" + condition + "]}}").post("/api/v1/segments/preview").then();
    }

    private static String condition(String field, String operator, String value) {
        return "{\"field\":" + quote(field) + ",\"operator\":" + quote(operator) + ",\"value\":" + quote(value) + "}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
