package com.minicrm.bootstrap.ingestion;

import static com.minicrm.bootstrap.ingestion.Api.authed;
import static com.minicrm.bootstrap.ingestion.Api.awaitCustomer;
import static com.minicrm.bootstrap.ingestion.Api.post;
import static com.minicrm.bootstrap.ingestion.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every field rule rejects with 422 problem+json naming the field, and nothing is queued. */
@QuarkusTest
class IngestionValidationTest {
    private static final String LONG_65 = "x".repeat(65);

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "customer {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "externalId": null                      | externalId         | is required
            "externalId": "   "                     | externalId         | is required
            "externalId": " padded"                 | externalId         | white space
            "externalId": "%LONG%"                  | externalId         | at most 64
            "name": null                            | name               | is required
            "name": ""                              | name               | is required
            "email": "not-an-email"                 | email              | valid e-mail
            "email": "a@b"                          | email              | valid e-mail
            "phone": "call me"                      | phone              | phone number
            "signupAt": "yesterday"                 | signupAt           | ISO-8601
            "signupAt": 12                          | signupAt           | ISO-8601
            "tags": ["ok", ""]                      | tags[1]            | is required
            "tags": ["vip", "VIP"]                  | tags[1]            | duplicate
            "tags": "vip"                           | tags               | must be a list
            "attributes": [1, 2]                    | attributes         | must be a JSON object
            "name": {"first": "Mo"}                 | name               | must be text
            "nickname": "Mo"                        | nickname           | not a known field
            "subscriptions": {"sms": "yes"}         | subscriptions.sms  | subscribed or unsubscribed
            "subscriptions": {"email": "SUBSCRIBED"} | subscriptions.email | subscribed or unsubscribed
            "subscriptions": {"whatsapp": true}     | subscriptions.whatsapp | must be text
            "subscriptions": {"fax": "subscribed"}  | subscriptions.fax  | not a known field
            "subscriptions": "unsubscribed"         | subscriptions      | must be a JSON object
            """)
    void aCustomerBreakingARuleIsRejectedNamingTheField(String override, String field, String message) {
        String body = customerWith(override.replace("%LONG%", LONG_65));
        post("/api/v1/customers/batch", "{\"customers\": [" + customerWith("") + "," + body + "]}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("status", is(422))
                .body("errors.field", hasItem("customers[1]." + field))
                .body("errors.find { it.field == 'customers[1].%s' }.message".formatted(field), containsString(message));
    }

    @ParameterizedTest(name = "order {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "externalId": null                      | externalId         | is required
            "customerExternalId": ""                | customerExternalId | is required
            "amount": null                          | amount             | is required
            "amount": -1                            | amount             | greater than or equal to 0
            "amount": 10.001                        | amount             | 2 decimal places
            "amount": 100000000000                  | amount             | at most
            "amount": "ten"                         | amount             | decimal number
            "orderedAt": null                       | orderedAt          | is required
            "orderedAt": "2025-13-45"               | orderedAt          | ISO-8601
            "items": [{"quantity": 2}]              | items[0].name      | required when sku is missing
            "items": [{"sku": "A", "quantity": 0}]  | items[0].quantity  | between 1 and
            "items": [{"sku": "A", "quantity": 99999999999}] | items[0].quantity | out of range
            "items": "none"                         | items              | must be a list
            """)
    void anOrderBreakingARuleIsRejectedNamingTheField(String override, String field, String message) {
        post("/api/v1/orders", orderWith(override))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '%s' }.message".formatted(field), containsString(message));
    }

    @Test
    void everyInvalidItemIsListedAndTheValidOnesAreNotStored() {
        String valid = unique("kept-out");
        String body = "{\"customers\": [{\"externalId\": \"%s\", \"name\": \"Fine\"}, {\"name\": \"No id\"}, {\"externalId\": \"x\", \"email\": \"bad\"}]}"
                .formatted(valid);
        post("/api/v1/customers/batch", body)
                .statusCode(422)
                .body("errors", hasSize(3))
                .body("errors.field", hasItem("customers[1].externalId"))
                .body("errors.field", hasItem("customers[2].name"))
                .body("errors.field", hasItem("customers[2].email"));

        // A later valid request is stored; the valid item of the rejected batch never is.
        String marker = unique("marker");
        post("/api/v1/customers", "{\"externalId\": \"%s\", \"name\": \"Marker\"}".formatted(marker)).statusCode(202);
        awaitCustomer(marker);
        authed().get("/api/v1/customers/" + valid).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aBatchOverOneThousandItemsIsRejected() {
        String customers = IntStream.range(0, 1001)
                .mapToObj(i -> "{\"externalId\": \"big-%d\", \"name\": \"N\"}".formatted(i))
                .collect(Collectors.joining(",", "{\"customers\": [", "]}"));
        post("/api/v1/customers/batch", customers)
                .statusCode(422)
                .body("errors[0].field", equalTo("customers"))
                .body("errors[0].message", containsString("at most 1000"));
    }

    @Test
    void anEmptyBatchIsRejected() {
        post("/api/v1/orders/batch", "{\"orders\": []}").statusCode(422).body("errors[0].field", equalTo("orders"));
        post("/api/v1/orders/batch", "{}").statusCode(422).body("errors[0].field", equalTo("orders"));
    }

    @Test
    void malformedJsonGets400() {
        post("/api/v1/customers", "{\"externalId\": \"a\", ").statusCode(400).contentType("application/problem+json");
        post("/api/v1/customers", "not json").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anEmptyBodyIsRejectedWithoutAServerError() {
        authed().post("/api/v1/customers").then().statusCode(422).body("errors[0].field", equalTo("body"));
    }

    @Test
    void theWrongContentTypeGets415() {
        given().header("Authorization", "Bearer " + Api.KEY).contentType(ContentType.TEXT).body("hello")
                .post("/api/v1/customers").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheSizeLimitGets413() throws Exception {
        // The server answers as soon as it reads the declared length, before any body is sent.
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "POST /api/v1/customers/batch HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Api.KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (5 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    private static String customerWith(String override) {
        return withOverride(List.of("\"externalId\": \"" + unique("v") + "\"", "\"name\": \"Valid Name\""), override);
    }

    private static String orderWith(String override) {
        return withOverride(List.of("\"externalId\": \"" + unique("o") + "\"", "\"customerExternalId\": \"c1\"", "\"amount\": 10",
                "\"orderedAt\": \"2025-01-01T00:00:00Z\""), override);
    }

    /** A valid object with the override in place of the field it names: a key given twice is itself refused now. */
    private static String withOverride(List<String> fields, String override) {
        String key = override.isEmpty() ? null : override.substring(0, override.indexOf(':')).strip();
        List<String> kept = fields.stream().filter(f -> key == null || !f.startsWith(key)).collect(java.util.stream.Collectors.toList());
        if (key != null) {
            kept.add(override);
        }
        return "{" + String.join(", ", kept) + "}";
    }
}
