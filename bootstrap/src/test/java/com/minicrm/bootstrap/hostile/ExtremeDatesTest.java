package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Dates at the edges of what ingestion accepts (year 1900 and year 9999) are stored, and nothing
 * that reads them afterwards (the lookalike's features, previews, the customer read-back) fails.
 * The hostile pass found the lookalike answering 500 for any seed that held such a customer.
 */
@QuarkusTest
class ExtremeDatesTest {
    private static final String KEY = "Bearer test-api-key";

    @Test
    void ordersDatedAtTheEdgesOfTheAcceptedRangeBreakNothingThatReadsThem() {
        String name = "edge" + UUID.randomUUID().toString().substring(0, 8);
        String customer = "edge-" + name;
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"externalId\":\"" + customer + "\",\"name\":\"" + name + "\",\"tags\":[\"" + name + "\"]}")
                .post("/api/v1/customers").then().statusCode(202);
        for (String at : new String[] {"9999-01-01T00:00:00Z", "1900-01-01T00:00:00Z"}) {
            given().header("Authorization", KEY).contentType(ContentType.JSON)
                    .body("{\"externalId\":\"" + customer + at + "\",\"customerExternalId\":\"" + customer
                            + "\",\"amount\":10,\"orderedAt\":\"" + at + "\"}")
                    .post("/api/v1/orders").then().statusCode(202);
        }
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> given().header("Authorization", KEY)
                .get("/api/v1/customers/" + customer).then().extract().jsonPath().getInt("visits") == 2);

        String byTag = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"tags\",\"operator\":\"contains\",\"value\":\"" + name + "\"}]}";
        String anyone = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"visits\",\"operator\":\">=\",\"value\":1}]}";
        for (String rule : new String[] {byTag, anyone}) {
            given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"rule\":" + rule + "}")
                    .post("/api/v1/ai/lookalike").then().statusCode(200);
            given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"rule\":" + rule + "}")
                    .post("/api/v1/segments/preview").then().statusCode(200);
            given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"rule\":" + rule + "}")
                    .post("/api/v1/ai/send-time").then().statusCode(200);
        }
    }

    @Test
    void aCampaignScheduledPastWhatStorageHoldsIsRefusedByField() {
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("""
                {"name": "far", "rule": {"combinator": "and", "rules": [{"field": "visits", "operator": ">", "value": 1}]},
                 "template": "Hi", "channel": "SMS", "scheduledAt": "+999999999-12-31T23:59:59Z"}""")
                .post("/api/v1/campaigns").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("scheduledAt"));
    }
}
