package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The campaign history searches by name, filters by status, channel and tag, pages through results and duplicates. */
@QuarkusTest
class HistoryToolsBrowserTest extends BrowserTest {
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String nowhere = "Nowhere-" + run;

    @Test
    void searchFiltersPagesAndDuplicatesCampaigns() {
        long lapsed = launch("Hist " + run + " Diwali", "SMS", ",{\"field\":\"inactive_days\",\"operator\":\">=\",\"value\":90}", null);
        launch("Hist " + run + " Diwali mail", "EMAIL", "", null);
        launch("Hist " + run + " Monsoon", "SMS", "", Instant.now().plus(Duration.ofDays(3)).toString());
        SignIn.asMarketer(browser, "/campaigns");

        find("Hist " + run, "", "", "");
        assertThat(names()).containsExactlyInAnyOrder("Hist " + run + " Diwali", "Hist " + run + " Diwali mail", "Hist " + run + " Monsoon");
        find("hist " + run + " diwali", "", "EMAIL", "");
        assertThat(names()).containsExactly("Hist " + run + " Diwali mail");
        find("Hist " + run, "SCHEDULED", "", "");
        assertThat(names()).containsExactly("Hist " + run + " Monsoon");
        find("Hist " + run, "", "", "Win-back");
        assertThat(names()).containsExactly("Hist " + run + " Diwali");
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "campaign-history-filters");
        find("Hist " + run, "COMPLETED", "WHATSAPP", "");
        assertThat(browser.find(By.id("campaign-rows")).getText()).contains("No campaign matches these filters");

        for (int i = 0; i < 21; i++) {
            launch("Page " + run + " #" + i, "SMS", "", null);
        }
        find("Page " + run, "", "", "");
        assertThat(names()).hasSize(20);
        assertThat(browser.find(By.cssSelector(".pager")).getText()).contains("Page 1 of 2");
        browser.find(By.cssSelector(".pager a[rel=next]")).click();
        browser.waitUntil(d -> browser.path().contains("page=1"));
        assertThat(names()).containsExactly("Page " + run + " #0");
        assertThat(browser.find(By.id("q")).getAttribute("value")).isEqualTo("Page " + run);

        browser.open("/campaigns?q=" + "Hist+" + run + "+Diwali&channel=SMS");
        // Duplicate is in the row's actions menu
        browser.find(By.cssSelector("#campaign-rows tr[data-campaign-id='" + lapsed + "'] details.row-menu > summary")).click();
        browser.find(By.cssSelector("#campaign-rows tr[data-campaign-id='" + lapsed + "'] .duplicate-link")).click();
        browser.waitUntil(d -> browser.path().equals("/campaigns/new?from=" + lapsed));
        assertThat(browser.find(By.id("campaign-name")).getAttribute("value")).isEqualTo("Copy of Hist " + run + " Diwali");
        assertThat(browser.find(By.id("template")).getAttribute("value")).isEqualTo("Hi {{first_name|there}}, here is your monthly update");
        assertThat(new Select(browser.find(By.id("channel"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("SMS");
        browser.waitUntil(d -> browser.find(By.id("rule-text")).getText().equals("City = \"" + nowhere + "\" AND Inactive ≥ 90 days"));
        assertThat(browser.find(By.id("segment-source")).getText()).startsWith("A copy of “Hist " + run + " Diwali”");
    }

    private void find(String q, String status, String channel, String tag) {
        if (!browser.path().startsWith("/campaigns") || browser.path().startsWith("/campaigns/")) {
            browser.open("/campaigns");
        }
        WebElement name = browser.find(By.id("q"));
        name.clear();
        name.sendKeys(q);
        new Select(browser.find(By.id("status"))).selectByValue(status);
        new Select(browser.find(By.id("channel-filter"))).selectByValue(channel);
        WebElement tags = browser.find(By.id("tag"));
        tags.clear();
        tags.sendKeys(tag);
        String before = browser.driver().getCurrentUrl();
        browser.find(By.id("apply-filters")).click();
        browser.waitUntil(d -> !browser.driver().getCurrentUrl().equals(before));
    }

    private List<String> names() {
        return browser.driver().findElements(By.cssSelector("#campaign-rows tr[data-campaign-id] td:first-child > a:not(.duplicate-link)")).stream()
                .map(WebElement::getText).toList();
    }

    private long launch(String name, String channel, String moreRules, String scheduledAt) {
        String body = "{\"name\":\"" + name + "\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\","
                + "\"value\":\"" + nowhere + "\"}" + moreRules + "]},\"template\":\"Hi {{first_name|there}}, here is your monthly update\","
                + "\"channel\":\"" + channel + "\"" + (scheduledAt == null ? "" : ",\"scheduledAt\":\"" + scheduledAt + "\"") + "}";
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON).body(body)
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
