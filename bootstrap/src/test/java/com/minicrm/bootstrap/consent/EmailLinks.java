package com.minicrm.bootstrap.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** E-mail campaigns with an unsubscribe link for the tests: customers in a city of their own, the launch, the links as rendered. */
final class EmailLinks {
    /** A rendered link: the public URL, then the path the app serves. */
    static final Pattern LINK = Pattern.compile("(https?://[^/\\s]+)(/unsubscribe/\\S+)");

    private EmailLinks() {}

    static RequestSpecification authed() {
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON);
    }

    static String city(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Customers {@code <city>-<i>} with e-mail {@code p<i>0@example.in}; their ids in order. */
    static List<Long> customers(DataSource dataSource, String city, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < count; i++) {
                ids.add(ConsentData.customer(c, city, i, "+9190000" + String.format("%05d", i), "p" + i + "0@example.in"));
            }
        }
        return ids;
    }

    static long launchEmail(String city, String template) {
        return authed().body("""
                        {"name": "Unsubscribe %1$s", "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%1$s"}]},
                         "template": "%2$s", "channel": "EMAIL", "subject": "Offers for {{first_name|you}}"}
                        """.formatted(city, template))
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The campaign's rendered messages, in customer order, once the freeze has written them all. */
    static List<String> messages(DataSource dataSource, long campaign, int expected) {
        List<String> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            found.clear();
            try (Connection c = dataSource.getConnection();
                    PreparedStatement st = c.prepareStatement("SELECT message FROM communication_log WHERE campaign_id = ? ORDER BY customer_id")) {
                st.setLong(1, campaign);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
            return found.size() == expected;
        });
        return found;
    }

    /** The link in a message: group 1 the public URL, group 2 the path. */
    static Matcher link(String message) {
        Matcher m = LINK.matcher(message);
        assertThat(m.find()).as(message).isTrue();
        return m;
    }

    /** The customer's e-mail subscription as the API reads it back. */
    static JsonPath email(String externalId) {
        return authed().get("/api/v1/customers/" + externalId).then().statusCode(200).extract().jsonPath()
                .setRootPath("subscriptions.email");
    }
}
