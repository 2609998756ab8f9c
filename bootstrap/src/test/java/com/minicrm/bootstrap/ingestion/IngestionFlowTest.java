package com.minicrm.bootstrap.ingestion;

import static com.minicrm.bootstrap.ingestion.Api.authed;
import static com.minicrm.bootstrap.ingestion.Api.awaitCustomer;
import static com.minicrm.bootstrap.ingestion.Api.post;
import static com.minicrm.bootstrap.ingestion.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Customers and orders travel from the API through RabbitMQ into MariaDB, aggregates included. */
@QuarkusTest
class IngestionFlowTest {

    @Test
    void aCustomerSentAloneIsStoredWithEveryField() {
        String id = unique("solo");
        post("/api/v1/customers", """
                {"externalId": "%s", "name": "Mohit Sharma", "email": "mohit@example.in", "phone": "+91 98765 43210",
                 "city": "Mumbai", "signupAt": "2025-01-15T10:00:00Z", "tags": ["VIP", "newsletter"], "attributes": {"tier": "gold"}}
                """.formatted(id))
                .statusCode(202)
                .body("accepted", is(1))
                .body("requestId", notNullValue());

        awaitCustomer(id)
                .body("name", equalTo("Mohit Sharma"))
                .body("email", equalTo("mohit@example.in"))
                .body("city", equalTo("Mumbai"))
                .body("signupAt", equalTo("2025-01-15T10:00:00Z"))
                .body("tags", contains("newsletter", "vip"))
                .body("attributes.tier", equalTo("gold"))
                .body("visits", is(0))
                .body("placeholder", is(false));
    }

    @Test
    void ordersBuildTheCustomersAggregates() {
        String customer = unique("agg");
        post("/api/v1/customers/batch", """
                {"customers": [{"externalId": "%s", "name": "Priya Iyer", "city": "Chennai"}]}""".formatted(customer))
                .statusCode(202);
        post("/api/v1/orders/batch", """
                {"orders": [
                  {"externalId": "%1$s-o1", "customerExternalId": "%1$s", "amount": 1000.00, "orderedAt": "2025-03-01T10:00:00Z"},
                  {"externalId": "%1$s-o2", "customerExternalId": "%1$s", "amount": 500.50, "orderedAt": "2025-04-01T10:00:00Z"},
                  {"externalId": "%1$s-o3", "customerExternalId": "%1$s", "amount": 0, "orderedAt": "2025-02-01T10:00:00Z"}]}
                """.formatted(customer))
                .statusCode(202)
                .body("accepted", is(3));

        awaitVisits(customer, 3)
                .body("totalSpend", is(1500.5f))
                .body("avgOrderValue", is(500.17f))
                .body("firstOrderAt", equalTo("2025-02-01T10:00:00Z"))
                .body("lastOrderAt", equalTo("2025-04-01T10:00:00Z"));
    }

    @Test
    void aReSentOrderNeverCountsTwiceAndAReSentCustomerIsUpdated() {
        String customer = unique("idem");
        String order = """
                {"externalId": "%1$s-o1", "customerExternalId": "%1$s", "amount": 250, "orderedAt": "2025-03-01T10:00:00Z"}
                """.formatted(customer);
        post("/api/v1/customers", "{\"externalId\": \"%s\", \"name\": \"First Name\", \"city\": \"Pune\"}".formatted(customer)).statusCode(202);
        post("/api/v1/orders", order).statusCode(202);
        post("/api/v1/orders", order).statusCode(202);
        post("/api/v1/orders/batch", "{\"orders\": [" + order + "," + order + "]}").statusCode(202);
        post("/api/v1/customers", "{\"externalId\": \"%s\", \"name\": \"Second Name\"}".formatted(customer)).statusCode(202);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> awaitCustomer(customer).body("name", equalTo("Second Name")));
        awaitVisits(customer, 1)
                .body("totalSpend", is(250.0f))
                .body("city", equalTo("Pune"));
    }

    @Test
    void anOrderForAnUnknownCustomerCreatesAPlaceholderThatTheCustomerLaterFillsIn() {
        String customer = unique("early");
        post("/api/v1/orders", """
                {"externalId": "%1$s-o1", "customerExternalId": "%1$s", "amount": 999.99, "orderedAt": "2025-05-05T05:05:05Z"}
                """.formatted(customer))
                .statusCode(202);
        awaitVisits(customer, 1).body("placeholder", is(true)).body("totalSpend", is(999.99f));

        post("/api/v1/customers", "{\"externalId\": \"%s\", \"name\": \"Late Arrival\", \"email\": \"late@example.in\"}".formatted(customer))
                .statusCode(202);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> awaitCustomer(customer)
                .body("placeholder", is(false))
                .body("name", equalTo("Late Arrival"))
                .body("visits", is(1))
                .body("totalSpend", is(999.99f)));
    }

    @Test
    void externalIdsAreCaseSensitive() {
        String id = unique("Case");
        post("/api/v1/customers/batch", """
                {"customers": [{"externalId": "%s", "name": "Upper"}, {"externalId": "%s", "name": "Lower"}]}
                """.formatted(id, id.toLowerCase()))
                .statusCode(202);
        awaitCustomer(id).body("name", equalTo("Upper"));
        awaitCustomer(id.toLowerCase()).body("name", equalTo("Lower"));
    }

    @Test
    void customersArePagedNewestFirst() {
        String first = unique("page");
        String second = unique("page");
        post("/api/v1/customers", "{\"externalId\": \"%s\", \"name\": \"Older\"}".formatted(first)).statusCode(202);
        awaitCustomer(first);
        post("/api/v1/customers", "{\"externalId\": \"%s\", \"name\": \"Newer\"}".formatted(second)).statusCode(202);
        awaitCustomer(second);

        authed().get("/api/v1/customers?page=0&size=2").then()
                .statusCode(200)
                .body("items[0].externalId", equalTo(second))
                .body("items[1].externalId", equalTo(first))
                .body("size", is(2));
    }

    @Test
    void concurrentRequestsForTheSameCustomersAddUpExactly() throws Exception {
        String run = unique("conc");
        int requests = 40;
        int ordersPerRequest = 25;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        for (int r = 0; r < requests; r++) {
            int request = r;
            futures.add(pool.submit(() -> {
                StringBuilder orders = new StringBuilder("{\"orders\": [");
                for (int i = 0; i < ordersPerRequest; i++) {
                    // Every order goes to one of three customers; each request re-sends the previous request's orders too.
                    int n = request * ordersPerRequest + i;
                    orders.append(i == 0 ? "" : ",").append(order(run, n));
                    if (request > 0) {
                        orders.append(",").append(order(run, n - ordersPerRequest));
                    }
                }
                return authed().body(orders.append("]}").toString()).post("/api/v1/orders/batch").statusCode();
            }));
        }
        for (var future : futures) {
            org.assertj.core.api.Assertions.assertThat(future.get()).isEqualTo(202);
        }
        pool.shutdown();

        int total = requests * ordersPerRequest;
        for (int c = 0; c < 3; c++) {
            int customer = c;
            long count = java.util.stream.IntStream.range(0, total).filter(n -> n % 3 == customer).count();
            int spend = java.util.stream.IntStream.range(0, total).filter(n -> n % 3 == customer).map(n -> n + 1).sum();
            awaitVisits(run + "-c" + customer, (int) count).body("totalSpend", is((float) spend));
        }
    }

    private static String order(String run, int n) {
        return "{\"externalId\": \"%s-o%d\", \"customerExternalId\": \"%s-c%d\", \"amount\": %d, \"orderedAt\": \"2025-01-01T00:00:00Z\"}"
                .formatted(run, n, run, n % 3, n + 1);
    }

    private static io.restassured.response.ValidatableResponse awaitVisits(String customer, int visits) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> authed().get("/api/v1/customers/" + customer).then().extract().path("visits"), equalTo(visits));
        return authed().get("/api/v1/customers/" + customer).then().statusCode(200);
    }
}
