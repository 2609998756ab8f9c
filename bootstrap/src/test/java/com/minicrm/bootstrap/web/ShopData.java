package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A small, realistic shop for the page tests, sent through the public ingestion API with the test
 * key: customers in Indian cities with orders spread over the last months. Every run gets its own
 * ids, so the pages can be checked against exactly these customers.
 */
final class ShopData {
    static final String KEY = "test-api-key";
    private static final String[][] PEOPLE = {
        {"Priya Sharma", "Mumbai"}, {"Rahul Verma", "Delhi"}, {"Ananya Iyer", "Chennai"}, {"Vikram Singh", "Jaipur"},
        {"Sneha Patil", "Pune"}, {"Arjun Nair", "Kochi"}, {"Kavya Reddy", "Hyderabad"}, {"Rohan Gupta", "Lucknow"},
        {"Meera Joshi", "Ahmedabad"}, {"Aditya Rao", "Bengaluru"}, {"Ishita Bose", "Kolkata"}, {"Karan Mehta", "Mumbai"}};

    final String run = UUID.randomUUID().toString().substring(0, 6);
    final List<String> customerIds = new ArrayList<>();

    /** Sends the customers and two or three orders each, and waits until all are stored. */
    ShopData load() {
        StringBuilder customers = new StringBuilder("{\"customers\": [");
        StringBuilder orders = new StringBuilder("{\"orders\": [");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < PEOPLE.length; i++) {
            String id = "shop-" + run + "-" + i;
            customerIds.add(id);
            String first = PEOPLE[i][0].split(" ")[0].toLowerCase(Locale.ROOT);
            customers.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"externalId\":\"%s\",\"name\":\"%s\",\"email\":\"%s.%s@example.in\",\"phone\":\"+9198%08d\",\"city\":\"%s\",\"tags\":[%s]}",
                    id, PEOPLE[i][0], first, run, 20_000_000 + i, PEOPLE[i][1], i % 3 == 0 ? "\"vip\"" : ""));
            int count = 2 + i % 2;
            for (int o = 0; o < count; o++) {
                orders.append(orders.length() > 12 ? "," : "").append(String.format(Locale.ROOT,
                        "{\"externalId\":\"ord-%s-%d-%d\",\"customerExternalId\":\"%s\",\"amount\":%d.00,\"orderedAt\":\"%s\"}",
                        run, i, o, id, 799 + 1350 * ((i * 7 + o * 3) % 11), now.minus(Duration.ofDays(3 + 17L * o + i))));
            }
        }
        send("/api/v1/customers/batch", customers.append("]}").toString());
        send("/api/v1/orders/batch", orders.append("]}").toString());
        String last = customerIds.get(customerIds.size() - 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var stored = given().header("Authorization", "Bearer " + KEY).get("/api/v1/customers/" + last).then().extract();
            return stored.statusCode() == 200 && stored.path("name") != null
                    && stored.path("visits") instanceof Integer visits && visits > 0;
        });
        return this;
    }

    String name(int index) {
        return PEOPLE[index][0];
    }

    private static void send(String path, String body) {
        given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(202);
    }
}
