package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The outcome views: a campaign's page leads with revenue, conversions and rate, marks variant A the
 * winner when its interval clears B's, and shows the lift over the holdout; the history lists
 * conversions and revenue; the composer adds variants with weights and a holdout to the launch.
 */
@QuarkusTest
class OutcomesBrowserTest extends BrowserTest {
    @Inject
    DataSource dataSource;

    private static RequestSpecification api() {
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON);
    }

    @Test
    void theDetailPageLeadsWithRevenueAndMarksTheWinningVariant() throws Exception {
        String city = "Outville-" + UUID.randomUUID().toString().substring(0, 6);
        insertCustomers(city, 600);
        long id = api().body("""
                {"name": "Diwali A/B in %1$s", "channel": "SMS", "holdoutPercent": 20, "attributionWindowHours": 72,
                 "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%1$s"}]},
                 "variants": [{"key": "A", "template": "Hi {{first_name}}, 20%% off today only!", "weight": 50},
                              {"key": "B", "template": "{{first_name|Hi}}, your Diwali gift awaits", "weight": 50}]}
                """.formatted(city)).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Response r = api().get("/api/v1/campaigns/" + id);
            return r.statusCode() == 200 && "COMPLETED".equals(r.jsonPath().getString("status"));
        });
        Instant delivered = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(48));
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE campaign SET started_at = ? WHERE id = ?", delivered.minusSeconds(60), id);
            update(c, "UPDATE communication_log SET sent_at = ? WHERE campaign_id = ? AND sent_at IS NOT NULL", delivered, id);
        }
        // A's delivered customers order often, B's rarely, the holdout now and then; each order a day after delivery
        List<String[]> members = members(id);
        StringBuilder orders = new StringBuilder();
        Set<String> converters = new HashSet<>();
        BigDecimal revenue = BigDecimal.ZERO;
        int n = 0;
        for (String[] m : members) {
            int every = "A".equals(m[2]) ? 2 : "B".equals(m[2]) ? 12 : 8;
            if (n++ % every != 0) {
                continue;
            }
            orders.append(orders.length() == 0 ? "" : ",").append("{\"externalId\":\"").append(city).append("-o").append(n)
                    .append("\",\"customerExternalId\":\"").append(m[0]).append("\",\"amount\":1500.50,\"orderedAt\":\"")
                    .append(delivered.plus(Duration.ofHours(24))).append("\"}");
            if ("SENT".equals(m[1])) {
                converters.add(m[0]);
                revenue = revenue.add(new BigDecimal("1500.50"));
            }
        }
        api().body("{\"orders\":[" + orders + "]}").post("/api/v1/orders/batch").then().statusCode(202);
        long expected = converters.size();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Response r = api().get("/api/v1/campaigns/" + id + "/outcomes");
            return r.statusCode() == 200 && r.jsonPath().getLong("conversions") == expected;
        });

        SignIn.asMarketer(browser, "/campaigns/" + id);
        assertThat(browser.waitFor(By.id("outcome-conversions")).getText()).isEqualTo(String.valueOf(expected));
        assertThat(browser.find(By.id("outcome-revenue")).getText()).isEqualTo(inr(revenue));
        assertThat(browser.find(By.id("outcome-lift")).getText()).startsWith("+");
        assertThat(browser.find(By.id("outcome-lift-interval")).getText()).contains("95% CI");
        assertThat(browser.find(By.cssSelector("#variant-table tr.winner")).getText()).startsWith("A");
        assertThat(browser.find(By.id("variant-table")).getText()).contains("Holdout");
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "return document.getElementById('chart-conversions').width > 0 && document.getElementById('chart-conversions-empty').hidden")));
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "campaign-outcomes");

        browser.open("/campaigns?q=" + city);
        String row = browser.waitFor(By.cssSelector("tr[data-campaign-id='" + id + "']")).getText();
        assertThat(browser.find(By.cssSelector("tr[data-campaign-id='" + id + "'] td.conversions")).getText())
                .isEqualTo(String.valueOf(expected));
        assertThat(row).contains("₹");
        Screenshots.take(browser, "campaign-history-outcomes");
    }

    @Test
    void theComposerSendsVariantsWeightsAndTheHoldout() {
        SignIn.asMarketer(browser, "/campaigns/new");
        browser.waitFor(By.id("add-variant")).click();
        browser.find(By.id("add-variant")).click();
        assertThat(browser.driver().findElements(By.cssSelector("#variant-list .variant-row:not([hidden])"))).hasSize(3);
        browser.find(By.cssSelector(".variant-row[data-key='C'] textarea")).clear();
        browser.find(By.cssSelector(".variant-row[data-key='C'] textarea")).sendKeys("Last chance, {{first_name}}!");
        browser.find(By.id("holdout-percent")).clear();
        browser.find(By.id("holdout-percent")).sendKeys("10");
        Object body = browser.script("var b = {template: 'Hi {{first_name}}'}; window.crmExperiment.apply(b); return JSON.stringify(b);");
        assertThat((String) body).isEqualTo("{\"variants\":[{\"key\":\"A\",\"template\":\"Hi {{first_name}}\",\"weight\":34},"
                + "{\"key\":\"B\",\"template\":\"Hi {{first_name|there}}, \",\"weight\":33},"
                + "{\"key\":\"C\",\"template\":\"Last chance, {{first_name}}!\",\"weight\":33}],"
                + "\"holdoutPercent\":10,\"attributionWindowHours\":120}");
        Accessibility.assertNoSeriousViolations(browser);
        browser.script("document.getElementById('experiment').scrollIntoView(); window.scrollBy(0, -90);");
        Screenshots.takeViewport(browser, "composer-variants");
    }

    private static String inr(BigDecimal amount) {
        long rupees = amount.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        String digits = Long.toString(rupees);
        if (digits.length() <= 3) {
            return "₹" + digits;
        }
        String head = digits.substring(0, digits.length() - 3);
        StringBuilder grouped = new StringBuilder();
        for (int i = head.length(); i > 0; i -= 2) {
            grouped.insert(0, head.substring(Math.max(0, i - 2), i) + ",");
        }
        return "₹" + grouped + digits.substring(digits.length() - 3);
    }

    private List<String[]> members(long campaignId) throws SQLException {
        List<String[]> members = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT cu.external_id, l.status, l.variant FROM communication_log l"
                        + " JOIN customer cu ON cu.id = l.customer_id WHERE l.campaign_id = ? ORDER BY l.id")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    members.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3) == null ? "H" : rs.getString(3)});
                }
            }
        }
        return members;
    }

    private static void update(Connection c, String sql, Instant at, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            st.setLong(2, id);
            st.executeUpdate();
        }
    }

    private void insertCustomers(String city, int count) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("INSERT INTO customer (external_id, name, phone, city, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                st.setString(1, city + "-" + i);
                st.setString(2, "Shopper" + i + " Rao");
                st.setString(3, "+9199887" + String.format("%05d", i));
                st.setString(4, city);
                st.setObject(5, now);
                st.setObject(6, now);
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
