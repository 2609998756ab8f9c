package com.minicrm.bootstrap.ingestion;

import static com.minicrm.bootstrap.ingestion.Api.authed;
import static com.minicrm.bootstrap.ingestion.Api.awaitCustomer;
import static com.minicrm.bootstrap.ingestion.Api.post;
import static com.minicrm.bootstrap.ingestion.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every item answered 202 is stored, even when the database sees two tags as one that the API saw
 * as two, or a customer's total outgrows its old column: one item never loses the others.
 */
@QuarkusTest
class AcceptedItemsAreNeverLostTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Pairs the API tells apart but utf8mb4_unicode_ci's unique key treats as one tag. */
    private static final List<List<String>> COLLATION_TWINS = List.of(
            List.of("e", "é"), List.of("ss", "ß"), List.of("Ａ", "a"), List.of("ﬁ", "fi"),
            List.of("a\u200b", "a"), List.of("e\u0301", "é"));

    @Test
    void aBatchWithTagsEqualOnlyUnderTheDatabaseCollationStoresEveryCustomer() throws Exception {
        String prefix = unique("twins");
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            customers.add("{\"externalId\": \"%s-plain-%d\", \"name\": \"Plain %d\"}".formatted(prefix, i, i));
        }
        for (int i = 0; i < COLLATION_TWINS.size(); i++) {
            customers.add("{\"externalId\": \"%s-twin-%d\", \"name\": \"Twin %d\", \"tags\": %s}"
                    .formatted(prefix, i, i, JSON.writeValueAsString(COLLATION_TWINS.get(i))));
        }
        post("/api/v1/customers/batch", "{\"customers\": [" + String.join(",", customers) + "]}")
                .statusCode(202).body("accepted", equalTo(customers.size()));

        for (int i = 0; i < 4; i++) {
            awaitCustomer(prefix + "-plain-" + i).body("name", equalTo("Plain " + i));
        }
        for (int i = 0; i < COLLATION_TWINS.size(); i++) {
            JsonNode twin = JSON.readTree(awaitCustomer(prefix + "-twin-" + i).extract().asString());
            // The database keeps one of the two; which spelling is the first one sent.
            assertThat(twin.get("tags")).as("tags of %s", COLLATION_TWINS.get(i)).hasSize(1);
        }
    }

    @Test
    void anUpdateOfAnExistingCustomerWithCollationTwinTagsIsStored() {
        String id = unique("upd-twins");
        post("/api/v1/customers", "{\"externalId\": \"%s\", \"name\": \"Before\"}".formatted(id)).statusCode(202);
        awaitCustomer(id);

        post("/api/v1/customers", "{\"externalId\": \"%s\", \"name\": \"After\", \"tags\": [\"vip\", \"ss\", \"ß\"]}".formatted(id))
                .statusCode(202);

        // polled by value: a RestAssured validation that fails logs the request, API key included
        await().atMost(Duration.ofSeconds(20)).until(() -> "After".equals(customer(id).path("name")));
        assertThat(customer(id).<List<String>>path("tags")).hasSize(2).contains("vip");
    }

    @Test
    void aTagLongerThanTheLimitOnceLowerCasedIsRefusedUpFront() {
        String dottedCapitalI = "İ".repeat(21);
        assertThat(dottedCapitalI.toLowerCase(java.util.Locale.ROOT)).hasSizeGreaterThan(40);

        post("/api/v1/customers", "{\"externalId\": \"%s\", \"name\": \"N\", \"tags\": [\"%s\"]}".formatted(unique("long-tag"), dottedCapitalI))
                .statusCode(422)
                .body("errors.field", hasItem("tags[0]"));
    }

    @Test
    void aThousandLargestOrdersForOneCustomerLoseNeitherThemNorOtherCustomersOrders() throws Exception {
        String big = unique("whale");
        String other = unique("minnow");
        String later = unique("later");
        BigDecimal largest = new BigDecimal("9999999999.99");
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 999; i++) {
            orders.add(order(big + "-o" + i, big, largest));
        }
        orders.add(order(other + "-o1", other, new BigDecimal("12.50")));
        post("/api/v1/orders/batch", "{\"orders\": [" + String.join(",", orders) + "]}").statusCode(202);
        // The same customer again, in a later batch with someone else's order.
        post("/api/v1/orders/batch", "{\"orders\": [" + order(big + "-o999", big, largest) + ","
                + order(later + "-o1", later, new BigDecimal("7.25")) + "]}").statusCode(202);

        awaitTotal(other, new BigDecimal("12.50"));
        awaitTotal(later, new BigDecimal("7.25"));
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 1000; i++) {
            expected = expected.add(largest);
        }
        awaitTotal(big, expected);
    }

    private static String order(String externalId, String customer, BigDecimal amount) {
        return "{\"externalId\": \"%s\", \"customerExternalId\": \"%s\", \"amount\": %s, \"orderedAt\": \"2025-03-01T10:00:00Z\"}"
                .formatted(externalId, customer, amount.toPlainString());
    }

    private static void awaitTotal(String customer, BigDecimal expected) {
        // polled by value: a RestAssured validation that fails logs the request, API key included
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response found = customer(customer);
            return found.statusCode() == 200 && JSON.readTree(found.asString()).get("totalSpend").decimalValue().compareTo(expected) == 0;
        });
    }

    private static Response customer(String externalId) {
        return authed().get("/api/v1/customers/" + externalId);
    }
}
