package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The insight panel of a campaign that is still sending: it refreshes with the counters, counts every
 * rate out of the messages finished so far and says so, and settles on the final summary at the end,
 * after which it asks no more.
 */
@QuarkusTest
@TestProfile(SlowVendorProfile.class)
class LiveInsightsBrowserTest extends BrowserTest {
    private static final int AUDIENCE = 60;
    private static final Pattern PROGRESS = Pattern.compile(
            "So far ([\\d,]+) of the ([\\d,]+) messages have finished and ([\\d,]+) are still pending\\.");
    private static final Pattern RATE_BASE = Pattern.compile("% of the ([\\d,]+) messages finished so far\\.");

    @Inject
    DataSource dataSource;

    @Test
    void theInsightPanelFollowsARunningCampaignAndNamesItsBase() throws SQLException {
        String city = "Slowtown-" + UUID.randomUUID().toString().substring(0, 8);
        addCustomers(city);
        SignIn.asMarketer(browser, "/campaigns");
        long id = given().header("Cookie", cookieHeader()).header("X-CSRF-TOKEN", cookie("csrf-token"))
                .contentType("application/json")
                .body("""
                    {"name": "Slow Diwali send", "channel": "SMS",
                     "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%s"}]},
                     "template": "Hi {{first_name|there}}, Diwali is here: 15%% off this weekend!"}""".formatted(city))
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");

        browser.open("/campaigns/" + id);
        String first = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(this::summary, text -> PROGRESS.matcher(text).find());
        assertAgreesWithItself(first);
        String later = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(this::summary, text -> PROGRESS.matcher(text).find() && !text.equals(first));
        assertAgreesWithItself(later);
        assertThat(finished(later)).as("more messages finished between two refreshes").isGreaterThan(finished(first));
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "campaign-live-insights");

        String done = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(this::summary, text -> text.startsWith("Your campaign reached " + AUDIENCE + " users."));
        assertThat(done).containsPattern("% of the " + AUDIENCE + " messages finished\\.").doesNotContain("so far");
        // the swap that shows "Completed" carries no poll, and its settling asks for the summary one last
        // time; seen idle on two polls in a row, that last request is over
        AtomicInteger idlePolls = new AtomicInteger();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!panelIdle()) {
                idlePolls.set(0);
                return false;
            }
            return idlePolls.incrementAndGet() >= 2;
        });
        assertThat(browser.find(By.id("campaign-status")).getText()).isEqualTo("Completed");
        long asked = insightRequests();
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(500))
                .until(() -> insightRequests() == asked);
    }

    /** The stats block no longer polls and the insight panel has no request out. */
    private boolean panelIdle() {
        return (Boolean) browser.script("return !document.getElementById('campaign-stats').hasAttribute('hx-get')"
                + " && !Alpine.$data(document.querySelector('[x-data=insights]')).busy");
    }

    /** How often the page has asked for the insights, as the browser's resource timing counts it. */
    private long insightRequests() {
        return ((Number) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf('/insights') >= 0; }).length")).longValue();
    }

    private String summary() {
        return browser.find(By.id("insight-summary")).getText();
    }

    private static void assertAgreesWithItself(String text) {
        Matcher progress = PROGRESS.matcher(text);
        assertThat(progress.find()).as(text).isTrue();
        long finished = number(progress.group(1));
        assertThat(number(progress.group(2))).as("the audience").isEqualTo(AUDIENCE);
        assertThat(finished + number(progress.group(3))).as("finished and pending make the audience").isEqualTo(AUDIENCE);
        Matcher base = RATE_BASE.matcher(text);
        if (finished > 0) {
            assertThat(base.find()).as("the rate names its base: " + text).isTrue();
            assertThat(number(base.group(1))).isEqualTo(finished);
        }
    }

    private static long finished(String text) {
        Matcher progress = PROGRESS.matcher(text);
        progress.find();
        return number(progress.group(1));
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    private void addCustomers(String city) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("INSERT INTO customer (external_id, name, phone, city, signup_at,"
                        + " total_spend, visits, avg_order_value, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, ?)")) {
            for (int i = 0; i < AUDIENCE; i++) {
                st.setString(1, city + "-" + i);
                st.setString(2, "Slow Customer " + i);
                st.setString(3, "+9198000" + String.format("%05d", i));
                st.setString(4, city);
                st.setObject(5, now);
                st.setObject(6, now);
                st.setObject(7, now);
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
