package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A campaign is saved unsent, found again under Campaigns, finished and launched, which discards the
 * draft; a draft keeps the whole form, and so do a scheduled campaign's edit page and a duplicate.
 */
@QuarkusTest
class DraftsBrowserTest extends BrowserTest {
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    DataSource dataSource;

    private final ZoneId zone = ZoneId.of(ConfigProvider.getConfig().getValue("crm.web.time-zone", String.class));

    @Test
    void aDraftIsSavedFinishedLaterAndGoneOnceLaunched() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        String name = "Draft " + UUID.randomUUID().toString().substring(0, 6);
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "city", "=", customers.city);
        browser.find(By.id("campaign-name")).sendKeys(name);
        WebElement template = browser.find(By.id("template"));
        template.clear();
        template.sendKeys("Half-written {{first_name|there}}");
        blocks.click(browser.find(By.id("save-draft")));
        browser.waitUntil(d -> browser.find(By.id("draft-status")).getText().startsWith("Saved as the draft “" + name + "”"));
        blocks.click(browser.find(By.id("save-draft")));
        browser.waitUntil(d -> browser.find(By.id("draft-status")).getText().startsWith("Saved as the draft “" + name + "”"));
        assertThat(draftNames()).as("saving again goes over the same draft").containsOnlyOnce(name);

        browser.open("/campaigns");
        WebElement link = browser.waitFor(By.xpath("//a[@class='draft-name' and text()='" + name + "']"));
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "campaign-history-drafts");
        link.click();
        browser.waitUntil(d -> browser.path().startsWith("/campaigns/new?draft="));
        assertThat(browser.find(By.id("campaign-name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.find(By.id("template")).getAttribute("value")).isEqualTo("Half-written {{first_name|there}}");
        browser.waitUntil(d -> browser.find(By.id("rule-text")).getText().equals("City = \"" + customers.city + "\""));
        assertThat(blocks.settledCount()).isEqualTo(1);

        browser.find(By.id("template")).sendKeys(", finished.");
        blocks.click(browser.find(By.id("launch")));
        blocks.click(browser.waitFor(By.id("confirm-send")));
        browser.waitUntil(d -> browser.path().equals("/campaigns"));
        assertThat(draftNames()).as("the launch discards its draft").doesNotContain(name);
        List<String> campaigns = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.name");
        assertThat(campaigns).contains(name);
    }

    /**
     * Everything typed comes back: an e-mail draft with its subject, send time, a B variant with its
     * weight, the holdout and the attribution window is reopened as it was saved, launched as a
     * scheduled A/B test, and then the scheduled campaign's edit page and a duplicate show the same.
     */
    @Test
    void aDraftKeepsTheWholeFormAndTheScheduledCampaignShowsItAgain() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        String name = "Whole draft " + UUID.randomUUID().toString().substring(0, 6);
        String sendAt = LocalDate.now(zone).plusDays(3).atTime(19, 30).format(INPUT);
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "city", "=", customers.city);
        browser.find(By.id("campaign-name")).sendKeys(name);
        By unsubscribeChip = By.cssSelector("#placeholder-chips [data-token='{{unsubscribe_url}}']");
        assertThat(browser.find(unsubscribeChip).isDisplayed()).as("the unsubscribe link is for e-mail only").isFalse();
        new Select(browser.find(By.id("channel"))).selectByValue("EMAIL");
        assertThat(browser.find(unsubscribeChip).isDisplayed()).isTrue();
        browser.waitFor(By.id("subject")).sendKeys("Your {{city|city}} offer");
        WebElement template = browser.find(By.id("template"));
        template.clear();
        template.sendKeys("Hi {{first_name|there}}, 10% off");
        blocks.click(browser.find(By.id("add-variant")));
        WebElement b = browser.find(By.cssSelector(".variant-row[data-key='B'] textarea"));
        b.clear();
        b.sendKeys("{{first_name|Hello}}, a gift inside");
        browser.setValue(browser.find(By.id("weight-A")), "70");
        browser.setValue(browser.find(By.cssSelector(".variant-row[data-key='B'] .variant-weight")), "30");
        browser.setValue(browser.find(By.id("holdout-percent")), "10");
        browser.setValue(browser.find(By.id("attribution-window")), "48");
        blocks.click(browser.find(By.id("when-later")));
        browser.setValue(browser.find(By.id("send-at")), sendAt);
        blocks.click(browser.find(By.id("save-draft")));
        browser.waitUntil(d -> browser.find(By.id("draft-status")).getText().startsWith("Saved as the draft"));

        long draftId = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaign-drafts").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.name == '" + name + "' }.id");
        JsonPath stored = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaign-drafts/" + draftId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(stored.getString("subject")).isEqualTo("Your {{city|city}} offer");
        assertThat(stored.getString("scheduledAt")).isEqualTo(LocalDateTime.parse(sendAt).atZone(zone).toInstant().toString());
        assertThat(stored.getList("variants.weight", Integer.class)).containsExactly(70, 30);
        assertThat(stored.getInt("holdoutPercent")).isEqualTo(10);
        assertThat(stored.getInt("attributionWindowHours")).isEqualTo(48);

        browser.open("/campaigns/new?draft=" + draftId);
        browser.waitUntil(d -> browser.find(By.id("rule-text")).getText().equals("City = \"" + customers.city + "\""));
        assertFormShows("Your {{city|city}} offer", sendAt);
        assertThat(browser.find(By.id("draft-status")).getText()).isEqualTo("Editing the draft “" + name + "”.");

        blocks.click(browser.find(By.id("launch")));
        blocks.click(browser.waitFor(By.id("confirm-send")));
        browser.waitUntil(d -> browser.path().equals("/campaigns") || browser.find(By.id("launch-error")).isDisplayed());
        assertThat(browser.path()).as("launched, or refused with: %s", browser.path().equals("/campaigns") ? ""
                : browser.driver().findElements(By.cssSelector(".field-error")).stream().map(e -> e.getAttribute("id") + ": " + e.getText())
                        .filter(t -> !t.endsWith(": ")).toList()).isEqualTo("/campaigns");
        JsonPath campaign = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns?size=100").then()
                .statusCode(200).extract().jsonPath();
        long id = campaign.getLong("items.find { it.name == '" + name + "' }.id");
        JsonPath launched = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns/" + id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(launched.getString("status")).isEqualTo("SCHEDULED");
        assertThat(launched.getList("variants.weight", Integer.class)).containsExactly(70, 30);
        assertThat(launched.getInt("holdoutPercent")).isEqualTo(10);

        browser.open("/campaigns/new?edit=" + id);
        browser.waitUntil(d -> browser.find(By.id("campaign-name")).getAttribute("value").equals(name));
        assertFormShows("Your {{city|city}} offer", sendAt);
        Accessibility.assertNoSeriousViolations(browser);

        browser.open("/campaigns/new?from=" + id);
        browser.waitUntil(d -> browser.find(By.id("campaign-name")).getAttribute("value").equals("Copy of " + name));
        assertFormShows("Your {{city|city}} offer", "");
        assertThat(browser.find(By.id("when-now")).isSelected()).as("a copy is sent when its own launch says").isTrue();
    }

    /** The subject, send time, both variants with their weights, the holdout and the window, as saved. */
    private void assertFormShows(String subject, String sendAt) {
        assertThat(browser.find(By.id("subject")).getAttribute("value")).isEqualTo(subject);
        assertThat(browser.find(By.id("send-at")).getAttribute("value")).isEqualTo(sendAt);
        assertThat(browser.find(By.id("template")).getAttribute("value")).isEqualTo("Hi {{first_name|there}}, 10% off");
        assertThat(browser.find(By.cssSelector(".variant-row[data-key='B'] textarea")).getAttribute("value"))
                .isEqualTo("{{first_name|Hello}}, a gift inside");
        assertThat(browser.find(By.id("weight-A")).getAttribute("value")).isEqualTo("70");
        assertThat(browser.find(By.cssSelector(".variant-row[data-key='B'] .variant-weight")).getAttribute("value")).isEqualTo("30");
        assertThat(browser.find(By.id("holdout-percent")).getAttribute("value")).isEqualTo("10");
        assertThat(browser.find(By.id("attribution-window")).getAttribute("value")).isEqualTo("48");
    }

    @Test
    void aDraftCanBeDiscarded() {
        String name = "Discard me " + UUID.randomUUID().toString().substring(0, 6);
        long id = given().header("Authorization", "Bearer test-api-key").contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"template\":\"Hi\",\"channel\":\"SMS\"}")
                .post("/api/v1/campaign-drafts").then().statusCode(200).extract().jsonPath().getLong("id");
        SignIn.asMarketer(browser, "/campaigns");
        WebElement item = browser.waitFor(By.cssSelector(".draft-item[data-draft-id='" + id + "']"));
        item.findElement(By.cssSelector("button[aria-label='Discard the draft " + name + "']")).click();
        browser.waitUntil(d -> browser.path().equals("/campaigns"));
        assertThat(browser.driver().findElements(By.cssSelector(".draft-item[data-draft-id='" + id + "']"))).isEmpty();
        assertThat(draftNames()).doesNotContain(name);
    }

    private static List<String> draftNames() {
        return given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaign-drafts").then().statusCode(200)
                .extract().jsonPath().getList("name");
    }
}
