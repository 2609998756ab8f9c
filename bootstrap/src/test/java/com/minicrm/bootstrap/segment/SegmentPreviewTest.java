package com.minicrm.bootstrap.segment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Preview through the API against MariaDB: counts, samples, descriptions and every kind of bad input. */
@QuarkusTest
class SegmentPreviewTest {
    static final String KEY = "test-api-key";

    @Inject
    DataSource dataSource;

    private SeededCustomers customers;
    private long bigSpenderFewVisits;
    private long lapsedSmallSpender;
    private long neverOrderedLongAgo;

    static RequestSpecification authed() {
        return given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON);
    }

    @BeforeEach
    void seed() throws SQLException {
        customers = new SeededCustomers(dataSource);
        bigSpenderFewVisits = customers.add("Asha", "15000", 2, 5, 400, "vip");
        customers.add("Bala", "15000", 5, 5, 400);
        lapsedSmallSpender = customers.add("Chitra", "100", 1, 120, 400, "vip");
        customers.add("Deepak", "0", 0, null, 10);
        neverOrderedLongAgo = customers.add("Esha", "0", 0, null, 200);
    }

    @AfterEach
    void clean() throws SQLException {
        customers.close();
    }

    @Test
    void previewsTheSeedRuleWithItsCountSampleAndDescription() {
        authed().body("""
                {"rule": {"combinator": "and", "rules": [
                  {"field": "city", "operator": "=", "value": "%s"},
                  {"combinator": "or", "not": false, "rules": [
                    {"combinator": "and", "rules": [
                      {"field": "total_spend", "operator": ">", "value": 10000},
                      {"field": "visits", "operator": "<", "value": 3}]},
                    {"field": "inactive_days", "operator": ">=", "value": 90}]}]}}
                """.formatted(customers.city))
                .post("/api/v1/segments/preview")
                .then()
                .statusCode(200)
                .body("audienceSize", is(3))
                .body("sample.id", containsInAnyOrder(
                        (int) bigSpenderFewVisits, (int) lapsedSmallSpender, (int) neverOrderedLongAgo))
                .body("sample.city", everyItem(equalTo(customers.city)))
                .body("description", equalTo("City = \"" + customers.city
                        + "\" AND ((Total spend > ₹10,000 AND Orders < 3) OR Inactive ≥ 90 days)"));
    }

    @Test
    void countsBeyondTheSampleOfTen() throws SQLException {
        for (int i = 0; i < 12; i++) {
            customers.add("Extra" + i, "5000", 1, 1, 30, "bulk");
        }

        authed().body("""
                {"rule": {"combinator": "and", "rules": [
                  {"field": "city", "operator": "=", "value": "%s"},
                  {"field": "tags", "operator": "contains", "value": "BULK"}]}}""".formatted(customers.city))
                .post("/api/v1/segments/preview")
                .then()
                .statusCode(200)
                .body("audienceSize", is(12))
                .body("sample", hasSize(10));
    }

    @Test
    void rejectsAnInvalidRuleWithEveryErrorAndItsPath() {
        authed().body("""
                {"rule": {"combinator": "and", "rules": [
                  {"field": "visits", "operator": "<", "value": "three"},
                  {"combinator": "or", "rules": [
                    {"field": "city'; DROP TABLE customer; --", "operator": "=", "value": "x"},
                    {"field": "tags", "operator": ">", "value": "vip"}]},
                  {"combinator": "or", "rules": []}]}}""")
                .post("/api/v1/segments/preview")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder(
                        "rules[0].value", "rules[1].rules[0].field", "rules[1].rules[1].operator", "rules[2].rules"));
    }

    @Test
    void neverAnswersMalformedOrMistypedJsonWithAServerError() {
        for (String body : new String[] {"{\"rule\": ", "[]", "{\"rule\": \"everyone\"}", "{\"rule\": [1, 2]}", "{}",
                "null", "{\"rule\": {\"combinator\": \"and\", \"rules\": [{\"field\": [], \"operator\": {}, \"value\": {}}]}}",
                "{\"rule\": {\"combinator\": \"and\", \"rules\": [{\"field\": \"total_spend\", \"operator\": \">\", \"value\": 1e400}]}}"}) {
            authed().body(body).post("/api/v1/segments/preview")
                    .then()
                    .statusCode(oneOf(400, 422));
        }
    }

    @Test
    void refusesCallersWithoutAKey() {
        given().contentType(ContentType.JSON).body("{\"rule\": {\"combinator\": \"and\", \"rules\": []}}")
                .post("/api/v1/segments/preview")
                .then()
                .statusCode(401);
    }
}
