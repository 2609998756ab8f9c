package com.minicrm.bootstrap.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.minicrm.adapter.out.vendor.VendorApiKey;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The simulator's send endpoints: one message, or a batch answered message by message. */
@QuarkusTest
class VendorSimulatorTest {
    /** No log row has ids this high, so the receipts the simulator posts back change nothing. */
    private static final long UNKNOWN = 9_000_000_000L;

    @Inject
    VendorApiKey key;

    private static String message(long id, String to) {
        String callback = "http://127.0.0.1:" + RestAssured.port + "/api/v1/delivery-receipts";
        return """
                {"messageId": %d, "channel": "SMS", "to": %s, "body": "Hi", "callbackUrl": "%s"}"""
                .formatted(UNKNOWN + id, to == null ? "null" : "\"" + to + "\"", callback);
    }

    @Test
    void aSingleMessageIsAcceptedWithTheVendorsId() {
        given().header("Authorization", key.authorization()).contentType(ContentType.JSON).body(message(1, "+91 90000 00001"))
                .post("/vendor/v1/messages")
                .then()
                .statusCode(202)
                .body("vendorMessageId", startsWith("sim-"));
    }

    @Test
    void aMessageSentAgainGetsItsFirstVendorIdAsWithAnIdempotencyKey() {
        String first = given().header("Authorization", key.authorization()).contentType(ContentType.JSON).body(message(2, "+91 90000 00002"))
                .post("/vendor/v1/messages").then().statusCode(202).extract().path("vendorMessageId");
        given().header("Authorization", key.authorization()).contentType(ContentType.JSON).body("{\"messages\": [" + message(2, "+91 90000 00002") + "]}")
                .post("/vendor/v1/messages/batch").then().statusCode(200)
                .body("results[0].status", is(202))
                .body("results[0].vendorMessageId", is(first));
    }

    @Test
    void aBatchIsAnsweredWithOneResultPerMessageInOrderAndABadItemRefusedAlone() {
        String body = "{\"messages\": [" + message(11, "+91 90000 00011") + "," + message(12, null) + ","
                + message(13, "+91 90000 00013") + "]}";

        given().header("Authorization", key.authorization()).contentType(ContentType.JSON).body(body)
                .post("/vendor/v1/messages/batch")
                .then()
                .statusCode(200)
                .body("results.messageId", contains(UNKNOWN + 11, UNKNOWN + 12, UNKNOWN + 13))
                .body("results.status", contains(202, 400, 202))
                .body("results[0].vendorMessageId", startsWith("sim-"))
                .body("results[1].vendorMessageId", nullValue())
                .body("results[1].error", is("messageId, to and callbackUrl are required"));
    }

    @Test
    void aBatchMustHoldOneToAThousandMessages() {
        given().header("Authorization", key.authorization()).contentType(ContentType.JSON).body("{\"messages\": []}")
                .post("/vendor/v1/messages/batch").then().statusCode(400);
        String tooMany = IntStream.rangeClosed(1, 1001).mapToObj(i -> message(i, "+91 90000 00000"))
                .collect(Collectors.joining(",", "{\"messages\": [", "]}"));
        given().header("Authorization", key.authorization()).contentType(ContentType.JSON).body(tooMany)
                .post("/vendor/v1/messages/batch").then().statusCode(400).body("error", is("messages must hold 1 to 1000 messages"));
    }

    @Test
    void aFullBatchOfAThousandIsTaken() {
        String full = IntStream.rangeClosed(1, 1000).mapToObj(i -> message(100_000 + i, "+91 90000 00000"))
                .collect(Collectors.joining(",", "{\"messages\": [", "]}"));
        given().header("Authorization", key.authorization()).contentType(ContentType.JSON).body(full)
                .post("/vendor/v1/messages/batch").then().statusCode(200).body("results", hasSize(1000));
    }
}
