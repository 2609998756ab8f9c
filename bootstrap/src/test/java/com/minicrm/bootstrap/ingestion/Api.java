package com.minicrm.bootstrap.ingestion;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;

/** Helpers for the ingestion tests: authenticated requests and waiting for storage. */
final class Api {
    static final String KEY = "test-api-key";

    private Api() {}

    static RequestSpecification authed() {
        return given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON);
    }

    static ValidatableResponse post(String path, String body) {
        return authed().body(body).post(path).then();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Waits until the customer is readable, then returns the response for assertions. */
    static ValidatableResponse awaitCustomer(String externalId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> authed().get("/api/v1/customers/" + externalId).statusCode() == 200);
        return authed().get("/api/v1/customers/" + externalId).then().statusCode(200);
    }
}
