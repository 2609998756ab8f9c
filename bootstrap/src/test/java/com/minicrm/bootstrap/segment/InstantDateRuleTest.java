package com.minicrm.bootstrap.segment;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client that sends ISO-8601 instants for date fields, as the ingestion API asks, can preview, save segments, ask for a send time and launch. */
@QuarkusTest
class InstantDateRuleTest {
    @Inject
    DataSource dataSource;

    private SeededCustomers customers;
    private long asha;
    private long bala;

    @BeforeEach
    void seed() throws SQLException {
        customers = new SeededCustomers(dataSource);
        asha = customers.add("Asha", "15000", 2, 5, 400);
        bala = customers.add("Bala", "900", 1, 5, 400);
        customers.add("Chitra", "100", 1, 5, 30);
    }

    @AfterEach
    void clean() throws SQLException {
        customers.close();
    }

    @Test
    void previewsSavesAndAsksASendTimeWithARuleWhoseDatesAreInstantsReadAsTheirUtcDays() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String from = now.minus(Duration.ofDays(401)).atOffset(ZoneOffset.ofHoursMinutes(5, 30)).toString();
        String to = now.minus(Duration.ofDays(399)).toString();
        String rule = """
                {"combinator": "and", "rules": [
                  {"field": "city", "operator": "=", "value": "%s"},
                  {"field": "signup_at", "operator": "between", "value": ["%s", "%s"]}]}""".formatted(customers.city, from, to);

        SegmentPreviewTest.authed().body("{\"rule\": " + rule + "}")
                .post("/api/v1/segments/preview")
                .then()
                .statusCode(200)
                .body("audienceSize", is(2))
                .body("sample.id", containsInAnyOrder((int) asha, (int) bala))
                .body("description", containsString(LocalDate.ofInstant(now.minus(Duration.ofDays(399)), ZoneOffset.UTC).toString()));

        long saved = SegmentPreviewTest.authed()
                .body("{\"name\": \"Signed up a year ago " + customers.city + "\", \"rule\": " + rule + "}")
                .post("/api/v1/segments")
                .then()
                .statusCode(201)
                .extract().jsonPath().getLong("id");
        SegmentPreviewTest.authed().delete("/api/v1/segments/" + saved).then().statusCode(204);

        SegmentPreviewTest.authed().body("{\"rule\": " + rule + "}")
                .post("/api/v1/ai/send-time")
                .then()
                .statusCode(200);
    }

    @Test
    void launchesACampaignWhoseRuleDatesAreInstants() throws SQLException {
        // a campaign's log keeps its customers, so these are not deleted after the test
        SeededCustomers kept = new SeededCustomers(dataSource);
        kept.add("Devi", "500", 1, 5, 30);
        kept.add("Esha", "500", 1, 5, 30);
        kept.add("Farah", "500", 1, 5, 90);
        Instant now = Instant.now();
        String rule = """
                {"combinator": "and", "rules": [
                  {"field": "city", "operator": "=", "value": "%s"},
                  {"field": "signup_at", "operator": "between", "value": "%s, %s"}]}"""
                .formatted(kept.city, now.minus(Duration.ofDays(31)), now.minus(Duration.ofDays(29)));

        long campaign = SegmentPreviewTest.authed().body("{\"name\": \"First month " + kept.city + "\", \"rule\": " + rule
                        + ", \"template\": \"Hi {{first_name|there}}, a month with us!\", \"channel\": \"EMAIL\"}")
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .extract().jsonPath().getLong("id");
        // Polled by value, not by a RestAssured assertion: a failed one is logged with its request, key included.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                "COMPLETED".equals(SegmentPreviewTest.authed().get("/api/v1/campaigns/" + campaign).jsonPath().getString("status")));
        SegmentPreviewTest.authed().get("/api/v1/campaigns/" + campaign).then().body("audienceSize", is(2));
    }

    @Test
    void stillRejectsADateTimeWithoutAnOffset() {
        SegmentPreviewTest.authed().body("""
                {"rule": {"combinator": "and", "rules": [
                  {"field": "signup_at", "operator": ">", "value": "2025-01-01T00:00:00"}]}}""")
                .post("/api/v1/segments/preview")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", is("rules[0].value"));
    }
}
