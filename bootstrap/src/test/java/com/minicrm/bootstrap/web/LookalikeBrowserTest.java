package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.bootstrap.ai.PlusShapedNeighbourhood;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The lookalike panel of a campaign's page: a seed with customers like it outside shows a non-zero
 * audience, the rule that describes it and a "create segment" button that saves it; an audience no
 * rule describes is shown as a ranked list, and a seed of everyone shows that nobody is left, and
 * neither offers a segment.
 */
@QuarkusTest
class LookalikeBrowserTest extends BrowserTest {
    @Inject
    DataSource dataSource;

    private static RequestSpecification api() {
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON);
    }

    @Test
    void aCampaignsLookalikesShowTheirSizeAndRuleAndBecomeASegment() throws SQLException {
        String city = "Lookville-" + UUID.randomUUID().toString().substring(0, 8);
        String tag = "seed" + city.substring(10).toLowerCase();
        Random random = new Random(17);
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < 60; i++) {
                insert(c, city, "Seed" + i, 9000 + i * 50, 6, 12 + i % 5, tag);
                insert(c, city, "Like" + i, 9020 + i * 50, 6, 13 + i % 5, null);
            }
            for (int i = 0; i < 400; i++) {
                insert(c, city, "Other" + i, 100 + random.nextInt(30_000), 1 + random.nextInt(12), random.nextInt(400), null);
            }
        }
        String rule = """
                {"combinator":"and","rules":[{"field":"city","operator":"=","value":"%s"},
                {"field":"tags","operator":"contains","value":"%s"}]}""".formatted(city, tag);
        long id = api().body("{\"name\":\"Loyal in " + city + "\",\"rule\":" + rule
                        + ",\"template\":\"Hi {{first_name|there}}, thank you!\",\"channel\":\"SMS\"}")
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");

        SignIn.asMarketer(browser, "/campaigns/" + id);
        browser.waitFor(By.id("find-lookalike")).click();
        String size = browser.waitFor(By.id("lookalike-size")).getText();
        assertThat(Long.parseLong(size.replace(",", ""))).isEqualTo(60);
        assertThat(browser.find(By.id("lookalike-rule")).getText()).contains("NOT").contains(tag);
        assertThat(browser.find(By.id("lookalike-ranked")).isDisplayed()).isFalse();
        assertThat(browser.find(By.id("lookalike-result")).getText()).contains("Like");
        assertThat(browser.find(By.id("create-lookalike-segment")).isDisplayed()).isTrue();
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "lookalike");

        browser.find(By.id("create-lookalike-segment")).click();
        browser.waitUntil(d -> browser.find(By.id("lookalike-result")).getText().contains("saved"));
        assertThat(browser.find(By.id("create-lookalike-segment")).isDisplayed()).isFalse();
        assertThat(api().get("/api/v1/segments").then().statusCode(200).extract().jsonPath()
                .<String>getList("name")).contains("Lookalike of Loyal in " + city);
    }

    @Test
    void anAudienceNoRuleDescribesIsShownAsARankedListWithoutASegmentButton() throws SQLException {
        PlusShapedNeighbourhood plus = PlusShapedNeighbourhood.create(dataSource);
        long id = api().body("{\"name\":\"Plus in " + plus.city + "\",\"rule\":" + plus.seedRule()
                        + ",\"template\":\"Hi {{first_name|there}}!\",\"channel\":\"SMS\"}")
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");

        try {
            SignIn.asMarketer(browser, "/campaigns/" + id);
            browser.waitFor(By.id("find-lookalike")).click();
            assertThat(browser.waitFor(By.id("lookalike-size")).getText()).isEqualTo("50");
            assertThat(browser.find(By.id("lookalike-ranked")).getText()).startsWith("A ranked list, not a segment:");
            assertThat(browser.driver().findElements(By.id("lookalike-rule"))).isEmpty();
            assertThat(browser.find(By.id("create-lookalike-segment")).isDisplayed()).isFalse();
            Screenshots.take(browser, "lookalike-ranked-list");
        } finally {
            // the campaign messages only the seed, so everyone else can go and leave other tests' audiences alone
            plus.removeAllButSeed();
        }
    }

    @Test
    void aSeedOfEveryoneShowsThatNobodyIsLeftAndOffersNoSegment() {
        String everyone = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"visits\",\"operator\":\">=\",\"value\":0}]}";
        // scheduled far ahead and cancelled at the end, so it never messages anyone
        long id = api().body("{\"name\":\"Everyone, some day\",\"rule\":" + everyone + ",\"scheduledAt\":\""
                        + Instant.now().plus(Duration.ofDays(300)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        + "\",\"template\":\"Hi {{first_name|there}}!\",\"channel\":\"SMS\"}")
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        try {
            SignIn.asMarketer(browser, "/campaigns/" + id);
            browser.waitFor(By.id("find-lookalike")).click();
            assertThat(browser.waitFor(By.id("lookalike-empty")).getText()).contains("Nobody");
            assertThat(browser.find(By.id("create-lookalike-segment")).isDisplayed()).isFalse();
            assertThat(browser.find(By.id("lookalike-size")).isDisplayed()).isFalse();
            Screenshots.take(browser, "lookalike-empty");
        } finally {
            api().post("/api/v1/campaigns/" + id + "/cancel").then().statusCode(200);
        }
    }

    private static void insert(Connection c, String city, String name, long spend, int visits, long inactiveDays, String tag)
            throws SQLException {
        LocalDateTime active = LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(inactiveDays)).minus(Duration.ofHours(1)),
                ZoneOffset.UTC);
        try (PreparedStatement st = c.prepareStatement("INSERT INTO customer (external_id, name, city, signup_at, total_spend, visits,"
                + " avg_order_value, first_order_at, last_order_at, created_at, updated_at, phone)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '+919800000000')", Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, city + "-" + name);
            st.setString(2, name + " Test");
            st.setString(3, city);
            st.setObject(4, active.minusDays(400));
            st.setBigDecimal(5, BigDecimal.valueOf(spend));
            st.setInt(6, visits);
            st.setBigDecimal(7, BigDecimal.valueOf(spend).divide(BigDecimal.valueOf(visits), 2, RoundingMode.HALF_UP));
            st.setObject(8, active.minusDays(200));
            st.setObject(9, active);
            st.setObject(10, active);
            st.setObject(11, active);
            st.executeUpdate();
            if (tag != null) {
                try (ResultSet keys = st.getGeneratedKeys(); PreparedStatement t = c.prepareStatement(
                        "INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)")) {
                    keys.next();
                    t.setLong(1, keys.getLong(1));
                    t.setString(2, tag);
                    t.executeUpdate();
                }
            }
        }
    }
}
