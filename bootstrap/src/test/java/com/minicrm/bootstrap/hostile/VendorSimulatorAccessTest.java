package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.minicrm.adapter.out.vendor.VendorApiKey;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The built-in vendor simulator serves only the CRM: without the CRM's vendor key nobody can make
 * it deliver a message or sign a receipt (which would forge outcomes without the receipt secret),
 * and even with the key it calls back only the registered callback URL, never an address a caller
 * names (no request forgery towards other hosts).
 */
@QuarkusTest
class VendorSimulatorAccessTest {
    private static final long MESSAGE = 9_100_000_001L;

    @Inject
    VendorApiKey key;

    @Inject
    MeterRegistry registry;

    private static String message(long id, String callbackUrl) {
        return """
                {"messageId": %d, "channel": "SMS", "to": "+919000000001", "body": "Hi", "callbackUrl": "%s"}"""
                .formatted(id, callbackUrl);
    }

    private static String registeredCallback() {
        return "http://127.0.0.1:" + RestAssured.port + "/api/v1/delivery-receipts";
    }

    @Test
    void withoutTheVendorKeyTheSimulatorSendsNothing() {
        double unknownBefore = registry.counter("crm.delivery.receipts.unknown").count();
        for (String authorization : new String[] {null, "Bearer test-api-key", "Bearer " + "0".repeat(64), key.value()}) {
            var request = given().contentType(ContentType.JSON);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            request.body(message(MESSAGE, registeredCallback())).post("/vendor/v1/messages").then().statusCode(401);
            request.body("{\"messages\": [" + message(MESSAGE, registeredCallback()) + "]}").post("/vendor/v1/messages/batch")
                    .then().statusCode(401);
        }
        // The same message with the key is taken: the refusals above did not even remember it.
        given().header("Authorization", key.authorization()).contentType(ContentType.JSON)
                .body(message(MESSAGE, registeredCallback())).post("/vendor/v1/messages").then().statusCode(202);
        assertThat(registry.counter("crm.delivery.receipts.unknown").count()).isGreaterThanOrEqualTo(unknownBefore);
    }

    @Test
    void receiptsGoOnlyToTheRegisteredCallbackUrl() {
        given().header("Authorization", key.authorization()).contentType(ContentType.JSON)
                .body(message(MESSAGE + 1, "http://127.0.0.1:9/elsewhere")).post("/vendor/v1/messages").then()
                .statusCode(400).body("error", is("callbackUrl is not this account's registered callback URL"));
        given().header("Authorization", key.authorization()).contentType(ContentType.JSON)
                .body("{\"messages\": [" + message(MESSAGE + 2, "file:///etc/passwd") + "]}").post("/vendor/v1/messages/batch")
                .then().statusCode(200).body("results[0].status", is(400));
    }
}
