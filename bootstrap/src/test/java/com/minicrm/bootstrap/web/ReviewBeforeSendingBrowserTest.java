package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The composer forecasts who is reachable on the channel; Save & launch opens a review (audience and
 * reach, channel, when, the A/B split, three rendered messages, warnings) that must be confirmed, and
 * from which a test goes through the vendor without ever counting in the campaign. A variant's typo
 * shows under the variants before any review.
 */
@QuarkusTest
class ReviewBeforeSendingBrowserTest extends BrowserTest {
    private static final String TEST_PHONE = "+91 90000 " + (10_000 + (int) (Math.random() * 89_999));
    @Inject
    DataSource dataSource;

    @Test
    void theReviewShowsTheAudienceTheMessageForThreeCustomersAndWarnsAboutMissingPhonesUntilConfirmed() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        customers.add("Meera Nair", 25_000, 8, 5, "vip");
        customers.add("Rohan Mehta", 800, 1, 120, "lapsed");
        String noPhone = customers.add("Isha Kapoor", 900, 1, 30, "new");
        String stopped = customers.add("Arjun Rao", 700, 1, 40, "new");
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE customer SET phone = NULL WHERE external_id = ?");
                PreparedStatement unsubscribe = c.prepareStatement("INSERT INTO customer_subscription (customer_id, channel, status,"
                        + " source, changed_at) SELECT id, 'SMS', 'unsubscribed', 'api', NOW(6) FROM customer WHERE external_id = ?")) {
            st.setString(1, noPhone);
            st.executeUpdate();
            unsubscribe.setString(1, stopped);
            unsubscribe.executeUpdate();
        }
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "city", "=", customers.city);
        assertThat(blocks.settledCount()).isEqualTo(5);
        String name = "Reviewed " + UUID.randomUUID().toString().substring(0, 6);
        browser.find(By.id("campaign-name")).sendKeys(name);
        new Select(browser.find(By.id("channel"))).selectByValue("SMS");
        WebElement template = browser.find(By.id("template"));
        template.clear();
        template.sendKeys("Hi {{first_name|there}}, see you in {{city}}");
        browser.waitUntil(d -> browser.find(By.id("message-preview")).getText().endsWith(customers.city)
                && !browser.find(By.id("message-preview")).getAttribute("class").contains("is-stale"));

        browser.waitUntil(d -> "3".equals(browser.find(By.id("audience-reach")).getAttribute("data-reachable")));
        assertThat(browser.find(By.id("audience-reach")).getText())
                .isEqualTo("3 reachable on SMS (skipped: 1 unsubscribed, 1 without an address)");

        blocks.click(browser.find(By.id("launch")));
        WebElement review = browser.waitFor(By.id("review"));
        assertThat(browser.find(By.id("review-audience")).getAttribute("data-count")).isEqualTo("5");
        assertThat(browser.find(By.id("review-audience")).getText()).isEqualTo("5 customers · 3 reachable");
        assertThat(browser.find(By.id("review-test-row")).isDisplayed()).as("no A/B test, no holdout").isFalse();
        assertThat(browser.find(By.id("review-channel")).getText()).isEqualTo("SMS");
        assertThat(browser.find(By.id("review-when")).getText()).startsWith("Now");
        assertThat(browser.find(By.cssSelector("#review-warnings [data-warning=MISSING_ADDRESSES]")).getText())
                .isEqualTo("1 of them has no phone number: they are skipped and counted as suppressed (no address).");
        assertThat(browser.find(By.cssSelector("#review-warnings [data-warning=UNSUBSCRIBED]")).getText())
                .isEqualTo("1 of them unsubscribed from SMS: they are skipped.");
        List<String> samples = review.findElements(By.cssSelector("#review-samples .bubble")).stream().map(WebElement::getText).toList();
        assertThat(samples).hasSize(3).allSatisfy(text -> assertThat(text).matches("Hi \\w+, see you in " + customers.city));
        WebElement to = browser.find(By.id("test-to"));
        to.sendKeys("not a number");
        blocks.click(browser.find(By.id("test-send")));
        browser.waitUntil(d -> browser.find(By.id("test-status")).getText().startsWith("The address must be a phone number"));
        to.clear();
        to.sendKeys(TEST_PHONE);
        blocks.click(browser.find(By.id("test-send")));
        browser.waitUntil(d -> browser.find(By.id("test-status")).getText().startsWith("Test sent to " + TEST_PHONE + " (vendor id "));
        assertThat(browser.find(By.id("test-status")).getText()).contains("“[Test] Hi ", ", see you in " + customers.city + "”",
                "It is not counted in any campaign.");
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.takeViewport(browser, "campaign-review");

        blocks.click(browser.find(By.id("review-back")));
        browser.waitUntil(d -> !browser.find(By.id("review")).isDisplayed());
        assertThat(campaignNames()).as("going back sends nothing").doesNotContain(name);

        blocks.click(browser.find(By.id("launch")));
        blocks.click(browser.waitFor(By.id("confirm-send")));
        browser.waitUntil(d -> browser.path().equals("/campaigns"));
        assertThat(campaignNames()).contains(name);
        long id = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.name == '" + name + "' }.id");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> "COMPLETED".equals(
                given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns/" + id).then().extract()
                        .jsonPath().getString("status")));
        assertThat(given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns/" + id).then().extract()
                .jsonPath().getLong("audienceSize")).as("the test send is not one of the campaign's messages").isEqualTo(5);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM communication_log WHERE recipient = ?")) {
            st.setString(1, TEST_PHONE);
            try (ResultSet rows = st.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).as("a test send is never logged").isZero();
            }
        }
    }

    @Test
    void aVariantTypoShowsUnderTheVariantsAndTheReviewShowsTheSplitAndHoldout() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "city", "=", customers.city);
        browser.find(By.id("campaign-name")).sendKeys("Split " + UUID.randomUUID().toString().substring(0, 6));
        blocks.click(browser.find(By.id("add-variant")));
        WebElement b = browser.find(By.cssSelector(".variant-row[data-key='B'] textarea"));
        b.clear();
        b.sendKeys("{{first_nme|Friend}}, Diwali came early");
        browser.waitUntil(d -> browser.find(By.id("variants-error")).getText().startsWith("Variant B: unknown placeholder"));
        assertThat(b.getAttribute("aria-invalid")).isEqualTo("true");
        blocks.click(browser.find(By.id("launch")));
        assertThat(browser.find(By.id("review")).isDisplayed()).as("no review while a variant is wrong").isFalse();

        b.clear();
        b.sendKeys("{{first_name|Friend}}, Diwali came early");
        browser.waitUntil(d -> browser.find(By.id("variants-error")).getText().isEmpty());
        browser.setValue(browser.find(By.id("holdout-percent")), "10");
        blocks.click(browser.find(By.id("launch")));
        browser.waitFor(By.id("review"));
        browser.waitUntil(d -> browser.find(By.id("review")).isDisplayed());
        assertThat(browser.find(By.id("review-test")).getText()).isEqualTo("A 50% · B 50% · holdout 10% gets no message");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void anEmptyAudienceIsWarnedAboutAndCannotBeSent() {
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "city", "=", "Nowhere-" + UUID.randomUUID());
        assertThat(blocks.settledCount()).isZero();
        browser.find(By.id("campaign-name")).sendKeys("Nobody");
        blocks.click(browser.find(By.id("launch")));
        browser.waitFor(By.id("review"));
        assertThat(browser.find(By.cssSelector("#review-warnings [data-warning=EMPTY_AUDIENCE]")).getText())
                .startsWith("Nobody matches these rules right now");
        assertThat(browser.find(By.id("confirm-send")).isEnabled()).isFalse();
    }

    private static List<String> campaignNames() {
        return given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.name");
    }
}
