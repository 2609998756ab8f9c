package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The bugs a new marketer hit in one working day (issue 18), each seen from the browser. */
@QuarkusTest
class WorkingDayBugsBrowserTest extends BrowserTest {
    @Inject
    DataSource dataSource;

    @Test
    void movingBlocksNeverChangesWhoMatchesUnlessTheMarketerChangesACombinator() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        customers.add("Meera Nair", 25_000, 8, 5, "vip");
        customers.add("Rohan Mehta", 800, 1, 120, "lapsed");
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        String root = blocks.rootId();
        String spend = blocks.conditionIds(root).get(0);
        blocks.set(spend, "total_spend", ">", "10000");
        String visits = blocks.addCondition(root, "visits", "<", "3");
        long both = count("total_spend > 10000 AND visits < 3");
        long either = count("total_spend > 10000 OR visits < 3");
        assertThat(both).as("the data tells AND from OR").isNotEqualTo(either);
        assertThat(blocks.settledCount()).isEqualTo(both);

        blocks.valueInput(visits).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_RIGHT));
        String group = blocks.lastGroupId(root);
        assertThat(blocks.conditionIds(group)).containsExactly(spend, visits);
        assertThat(blocks.groupButton(group, "and").getAttribute("aria-pressed")).as("the new group takes ALL from its parent")
                .isEqualTo("true");
        assertThat(blocks.settledCount()).as("indenting keeps the audience").isEqualTo(both);

        blocks.valueInput(visits).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_LEFT));
        assertThat(blocks.childIds(root)).as("the group left with one item dissolves into its parent").containsExactly(spend, visits);
        assertThat(blocks.settledCount()).as("outdenting the last item keeps the audience").isEqualTo(both);

        blocks.valueInput(visits).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_RIGHT));
        group = blocks.lastGroupId(root);
        assertThat(blocks.conditionIds(group)).as("indented again, into a new group").containsExactly(spend, visits);
        assertThat(blocks.settledCount()).as("indenting again keeps the audience").isEqualTo(both);

        blocks.click(blocks.groupButton(group, "or"));
        assertThat(blocks.settledCount()).as("the marketer's own combinator change does change it").isEqualTo(either);
        blocks.valueInput(visits).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_LEFT));
        assertThat(blocks.conditionIds(group)).as("an outdent that would turn OR into AND is refused").containsExactly(spend, visits);
        WebElement refused = browser.waitFor(By.id("move-refused"));
        assertThat(refused.getText()).contains("would change who matches");
        assertThat(blocks.settledCount()).isEqualTo(either);
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void readsAsBracketsEveryGroup() {
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        String root = blocks.rootId();
        String first = blocks.conditionIds(root).get(0);
        blocks.click(blocks.groupButton(root, "or"));
        blocks.click(blocks.groupFootButton(root, "add-group"));
        String nested = blocks.lastGroupId(root);
        blocks.set(blocks.conditionIds(nested).get(0), "total_spend", ">", "10000");
        blocks.addCondition(nested, "visits", "<", "3");
        blocks.set(first, "inactive_days", ">=", "90");

        browser.waitUntil(d -> "Inactive ≥ 90 days OR (Total spend > ₹10,000 AND Orders < 3)"
                .equals(browser.find(By.id("rule-text")).getText()));
    }

    @Test
    void aTemplateErrorLaunchesNothingAndLeavesNoSegmentBehind() {
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "total_spend", ">", "100");
        String name = "Typo " + UUID.randomUUID().toString().substring(0, 8);
        browser.find(By.id("campaign-name")).sendKeys(name);
        WebElement template = browser.find(By.id("template"));
        template.clear();
        template.sendKeys("Hi {{first_nme}}");
        browser.waitUntil(d -> browser.find(By.id("template-error")).getText().contains("first_nme"));

        blocks.click(browser.find(By.id("launch")));
        browser.waitUntil(d -> browser.find(By.id("launch-error")).isDisplayed()
                && browser.find(By.id("launch")).isEnabled());
        assertThat(browser.find(By.id("launch-error")).getText()).startsWith("Nothing was saved");
        assertThat(browser.path()).isEqualTo("/campaigns/new");
        List<String> segments = given().header("Authorization", "Bearer test-api-key").get("/api/v1/segments")
                .then().statusCode(200).extract().jsonPath().getList("name");
        assertThat(segments).as("no orphan segment").doesNotContain(name);
        List<String> campaigns = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.name");
        assertThat(campaigns).doesNotContain(name);
    }

    @Test
    void theAddARuleErrorGoesAwayOnceARuleIsAdded() {
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        String root = blocks.rootId();
        blocks.click(blocks.node(blocks.conditionIds(root).get(0)).findElement(By.cssSelector("[data-action=remove]")));
        browser.find(By.id("campaign-name")).sendKeys("No rules yet");
        blocks.click(browser.find(By.id("launch")));
        WebElement error = browser.waitFor(By.id("launch-error"));
        assertThat(error.getText()).isEqualTo("Add at least one rule to choose the audience.");

        blocks.click(blocks.groupFootButton(root, "add-condition"));
        browser.waitUntil(d -> !browser.find(By.id("launch-error")).isDisplayed());
    }

    @Test
    void theHistoryShowsPreparingAudienceUntilTheFreezeIsDone() throws Exception {
        String name = "Freezing " + UUID.randomUUID().toString().substring(0, 8);
        long id = unfrozenCampaign(name, 3_000, 1_000);
        try {
            SignIn.asMarketer(browser, "/campaigns");
            WebElement row = browser.waitFor(By.cssSelector("#campaign-rows tr[data-campaign-id='" + id + "']"));
            assertThat(row.findElement(By.cssSelector("td.audience")).getText()).isEqualTo("Preparing audience…");
            assertThat(row.findElement(By.cssSelector("progress")).getDomAttribute("value"))
                    .as("no percentage of a partial audience").isNull();
            assertThat(row.findElement(By.cssSelector(".progress-label")).getText()).doesNotContain("%");
            Accessibility.assertNoSeriousViolations(browser);
        } finally {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement delete = c.prepareStatement("DELETE FROM campaign WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void theSegmentsTabOpensTheSegmentLibrary() {
        SignIn.asMarketer(browser, "/");
        browser.find(By.cssSelector(".mainnav a[href='/segments']")).click();
        browser.waitUntil(d -> browser.path().equals("/segments"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Segments");
        assertThat(browser.find(By.cssSelector(".mainnav [aria-current=page]")).getText()).isEqualTo("Segments");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void demoDataStaysReachableOnceDataExistsAndItsPageHighlightsTheTabItCameFrom() throws Exception {
        new BuilderCustomers(dataSource).add("Asha Kulkarni", 1_200, 1, 3, "new");
        SignIn.asMarketer(browser, "/");
        assertThat(browser.driver().findElements(By.id("empty-title"))).as("the store has data").isEmpty();
        browser.find(By.id("more-demo")).click();
        browser.waitUntil(d -> browser.path().equals("/demo?from=dashboard"));
        assertThat(browser.find(By.cssSelector(".mainnav [aria-current=page]")).getText()).isEqualTo("Dashboard");

        browser.open("/settings");
        browser.find(By.cssSelector("main a[href='/demo']")).click();
        browser.waitUntil(d -> browser.path().equals("/demo"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Demo data");
        assertThat(browser.find(By.cssSelector(".mainnav [aria-current=page]")).getText()).isEqualTo("Settings");
    }

    private long count(String where) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM customer WHERE " + where);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A running campaign whose freeze is under way; started "tomorrow", so the reconciler leaves it alone. */
    private long unfrozenCampaign(String name, int audienceSoFar, int sent) throws SQLException {
        Timestamp later = Timestamp.from(Instant.now().plus(Duration.ofDays(1)));
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO campaign (name, rule_json, template, channel, status,"
                        + " created_by, created_at, started_at, audience_frozen, audience_size, sent_count, failed_count)"
                        + " VALUES (?, ?, 'Hi {{first_name|there}}', 'SMS', 'RUNNING', ?, ?, ?, FALSE, ?, ?, 0)",
                        PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, "{\"combinator\":\"and\",\"not\":false,\"rules\":[{\"field\":\"visits\",\"operator\":\">=\",\"value\":0}]}");
            insert.setString(3, SignIn.MARKETER_EMAIL);
            insert.setTimestamp(4, later);
            insert.setTimestamp(5, later);
            insert.setInt(6, audienceSoFar);
            insert.setInt(7, sent);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
