package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page of the web app in a real browser, against data sent through the public API: it loads,
 * shows what it should, has no serious accessibility violation, and leaves a screenshot for the README.
 */
@QuarkusTest
class PagesBrowserTest extends BrowserTest {
    private static ShopData shop;
    private static long campaignId;

    private ShopData shop() {
        if (shop == null) {
            shop = new ShopData().load();
        }
        return shop;
    }

    /** A campaign the signed-in marketer launches through the JSON API with the browser's session. */
    private long campaign() {
        if (campaignId == 0) {
            shop();
            campaignId = given().header("Cookie", cookieHeader()).header("X-CSRF-TOKEN", cookie("csrf-token"))
                    .contentType("application/json")
                    .body("""
                        {"name": "Diwali weekend 15% off", "channel": "SMS",
                         "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "in", "value": ["Mumbai", "Pune", "Delhi", "Chennai"]}]},
                         "template": "Hi {{first_name|there}}, Diwali is here: 15% off everything in {{city}} this weekend!"}""")
                    .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        }
        return campaignId;
    }

    @Test
    void theDashboardShowsTheTotalsAndRecentCampaignsOnALaptopAndAPhone() {
        SignIn.asMarketer(browser, "/");
        shop();
        campaign();
        browser.open("/");

        assertThat(Long.parseLong(browser.find(By.id("customer-count")).getText().replace(",", "")))
                .isGreaterThanOrEqualTo(shop().customerIds.size());
        assertThat(browser.find(By.id("recent-campaigns")).getText()).contains("Diwali weekend 15% off");
        assertThat(browser.find(By.id("new-campaign")).getAttribute("href")).endsWith("/campaigns/new");
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "dashboard");

        browser.phone().open("/");
        browser.waitFor(By.id("customer-count"));
        assertThat(horizontalOverflow()).as("the page fits a phone's width").isFalse();
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.takeViewport(browser, "dashboard-phone");
    }

    @Test
    void theCustomerListSearchesAndPagesAndOpensACustomer() {
        SignIn.asMarketer(browser, "/customers");
        shop();
        browser.open("/customers");
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "customers");

        WebElement search = browser.find(By.id("q"));
        search.sendKeys(shop.name(4));
        browser.waitUntil(d -> browser.find(By.id("customer-results")).getText().contains("matching"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#customer-results tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains(shop.name(4)));
        assertThat(browser.path()).contains("q=");

        rows.get(0).findElement(By.tagName("a")).click();
        browser.waitUntil(d -> browser.path().startsWith("/customers/shop-"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(shop.name(4));
        assertThat(browser.driver().findElements(By.cssSelector("section[aria-labelledby='orders-title'] table tbody tr"))).hasSizeBetween(2, 3);
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "customer");
    }

    @Test
    void campaignHistoryShowsTheNewestFirstWithWhoCreatedItAndItsCountersReachCompletion() {
        SignIn.asMarketer(browser, "/campaigns");
        long id = campaign();
        browser.open("/campaigns");

        WebElement top = browser.find(By.cssSelector("#campaign-rows tr"));
        assertThat(top.getAttribute("data-campaign-id")).isEqualTo(String.valueOf(id));
        assertThat(top.getText()).contains("Diwali weekend 15% off").contains("by " + SignIn.MARKETER_EMAIL);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            WebElement row = browser.find(By.cssSelector("#campaign-rows tr[data-campaign-id='" + id + "']"));
            return row.getText().contains("Completed") && row.findElement(By.cssSelector(".pending")).getText().equals("0");
        });
        WebElement row = browser.find(By.cssSelector("#campaign-rows tr[data-campaign-id='" + id + "']"));
        long audience = number(row.findElement(By.cssSelector(".audience")).getText());
        assertThat(number(row.findElement(By.cssSelector(".sent")).getText())
                + number(row.findElement(By.cssSelector(".failed")).getText())
                + number(row.findElement(By.cssSelector(".suppressed")).getText())).isEqualTo(audience).isPositive();
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "campaigns");
    }

    @Test
    void theCampaignDetailChartsDeliveryFiltersTheLogAndShowsTheAiPanels() {
        SignIn.asMarketer(browser, "/campaigns");
        long id = campaign();
        browser.open("/campaigns/" + id);
        browser.waitUntil(d -> "Completed".equals(browser.find(By.id("campaign-status")).getText()));

        assertThat((Boolean) browser.script("return document.getElementById('chart-by-status').width > 0 && !!Chart.getChart('chart-by-status')"))
                .as("Chart.js drew the status chart").isTrue();
        browser.find(By.xpath("//div[@role='group']//a[starts-with(normalize-space(.), 'Sent')]")).click();
        browser.waitUntil(d -> browser.find(By.id("message-log")).getText().contains("with status SENT"));
        assertThat(browser.driver().findElements(By.cssSelector("#message-log tbody .badge")))
                .isNotEmpty().allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("Sent"));
        browser.waitUntil(d -> !browser.find(By.cssSelector("[x-data=insights]")).getText().contains("Reading the campaign"));
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "campaign");
    }

    @Test
    void settingsIssuesAKeyShownOnceThatOpensTheApiUntilRevoked() {
        SignIn.asMarketer(browser, "/settings");
        assertThat(browser.find(By.id("allowed-domains")).getText()).contains("@example.com");

        browser.find(By.id("key-name")).sendKeys("No scopes");
        browser.find(By.id("scope-ingest")).click();
        browser.find(By.id("create-key")).click();
        assertThat(browser.waitFor(By.id("key-error")).getText()).as("a key with every scope unticked").contains("Tick at least one scope");
        browser.find(By.id("key-name")).clear();
        browser.find(By.id("key-name")).sendKeys("Shopify sync");
        assertThat(browser.find(By.id("scope-ingest")).isSelected()).as("a new key ingests by default").isTrue();
        browser.find(By.id("scope-ingest")).click();
        browser.find(By.id("scope-read")).click();
        browser.find(By.id("create-key")).click();
        String key = browser.waitFor(By.id("new-key")).getText();
        given().header("Authorization", "Bearer " + key).get("/api/v1/campaigns").then().statusCode(200);
        given().header("Authorization", "Bearer " + key).contentType("application/json").body("{\"externalId\":\"k\"}")
                .post("/api/v1/customers").then().statusCode(403);
        String row = browser.find(By.xpath("//tr[td[starts-with(normalize-space(.), 'Shopify sync')]]")).getText();
        assertThat(row).contains("read").doesNotContain("ingest").contains(SignIn.MARKETER_EMAIL);
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "settings");

        browser.open("/settings");
        assertThat(browser.driver().findElements(By.id("new-key"))).as("the key is shown only once").isEmpty();
        WebElement configured = browser.find(By.id("bootstrap-key"));
        assertThat(configured.getText()).contains("Bootstrap key", "CRM_BOOTSTRAP_API_KEY", "ingest", "read", "manage", "Not revocable");
        assertThat(configured.findElements(By.tagName("button"))).as("the configured key cannot be revoked from the page").isEmpty();
        browser.find(By.cssSelector("button[aria-label='Revoke key Shopify sync…']")).click();
        assertThat(browser.find(By.cssSelector(".confirm-form:not([style*='none']) .confirm-question")).getText())
                .startsWith("Revoke “Shopify sync”?");
        given().header("Authorization", "Bearer " + key).get("/api/v1/campaigns").then().statusCode(200);
        browser.find(By.cssSelector("button[aria-label='Yes, revoke key Shopify sync']")).click();
        browser.waitUntil(d -> browser.driver().findElements(By.cssSelector("button[aria-label='Revoke key Shopify sync…']")).isEmpty());
        given().header("Authorization", "Bearer " + key).get("/api/v1/campaigns").then().statusCode(401);
    }

    @Test
    void theDemoDataPageStartsTheLoaderAndFollowsItsProgressToTheEnd() {
        SignIn.asMarketer(browser, "/demo");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Demo data");

        browser.find(By.id("start-demo")).click();
        browser.waitUntil(d -> browser.path().equals("/demo"));
        browser.waitFor(By.cssSelector("#demo-progress progress, #demo-progress .alert-ok"));
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "demo-data");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> browser.find(By.id("demo-progress")).getText().startsWith("Done: 1,000 customers"));
    }

    @Test
    void anUnknownCampaignOrCustomerGetsADesignedNotFoundPage() {
        SignIn.asMarketer(browser, "/campaigns/999999999");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("No such campaign");
        browser.open("/customers/nobody-" + System.nanoTime());
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("No customer");
        Accessibility.assertNoSeriousViolations(browser);
        given().header("Cookie", cookieHeader()).get("/campaigns/999999999/stats").then().statusCode(404);
    }

    private boolean horizontalOverflow() {
        return (Boolean) browser.script("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", "").strip());
    }
}
