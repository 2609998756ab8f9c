package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A campaign is saved unsent, found again under Campaigns, finished and launched, which discards the draft. */
@QuarkusTest
class DraftsBrowserTest extends BrowserTest {
    @Inject
    DataSource dataSource;

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
