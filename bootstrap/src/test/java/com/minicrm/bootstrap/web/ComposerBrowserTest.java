package com.minicrm.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The composer counts SMS characters and segments on the rendered text (GSM-7 and Unicode) and shows placeholder fallbacks. */
@QuarkusTest
class ComposerBrowserTest extends BrowserTest {
    @Inject
    DataSource dataSource;

    @Test
    void theSmsCounterFollowsGsm7AndUnicodeSegmentRulesOnTheRenderedMessage() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "city", "=", customers.city);
        assertThat(blocks.settledCount()).isEqualTo(1);
        new Select(browser.find(By.id("channel"))).selectByValue("SMS");
        WebElement template = browser.find(By.id("template"));

        type(template, "Hi {{first_name|there}}, " + "a".repeat(150));
        meter("Hi Kavya, " + "a".repeat(150), "1", "GSM-7");
        assertThat(browser.find(By.id("sms-meter")).getText()).startsWith("160 characters · 1 SMS (GSM-7, 160 per message) · cost ×1");
        assertThat(browser.find(By.id("placeholder-fallbacks")).getText())
                .isEqualTo("When a customer lacks a value: {{first_name}} falls back to “there”.");

        template.sendKeys("!");
        meter("Hi Kavya, " + "a".repeat(150) + "!", "2", "GSM-7");
        assertThat(browser.find(By.id("sms-meter")).getText())
                .startsWith("161 characters · 2 SMS segments (GSM-7, 153 per segment) · cost ×2.");
        browser.waitUntil(d -> "2".equals(browser.find(By.id("sms-meter")).getAttribute("data-estimate")));
        assertThat(browser.find(By.id("sms-meter")).getText()).contains("Estimate: 2 SMS per customer, from the message rendered for"
                + " 1 sample customer; up to about 2 SMS for 1 customer.");

        type(template, "नमस्ते {{first_name|there}}");
        meter("नमस्ते Kavya", "1", "Unicode");
        assertThat(browser.find(By.id("sms-meter")).getText()).startsWith("12 characters · 1 SMS (Unicode, 70 per message)");
        template.sendKeys(" " + "b".repeat(58));
        meter("नमस्ते Kavya " + "b".repeat(58), "2", "Unicode");
        assertThat(browser.find(By.id("sms-meter")).getText()).startsWith("71 characters · 2 SMS segments (Unicode, 67 per segment) · cost ×2");
        Accessibility.assertNoSeriousViolations(browser);
        browser.script("document.getElementById('message-heading').scrollIntoView()");
        Screenshots.takeViewport(browser, "composer-sms-counter");

        new Select(browser.find(By.id("channel"))).selectByValue("EMAIL");
        browser.waitUntil(d -> !browser.find(By.id("sms-meter")).isDisplayed());
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Waits until the preview shows this text and the meter has counted it. */
    private void meter(String rendered, String segments, String encoding) {
        browser.waitUntil(d -> rendered.equals(browser.find(By.id("message-preview")).getText())
                && segments.equals(browser.find(By.id("sms-meter")).getAttribute("data-segments"))
                && encoding.equals(browser.find(By.id("sms-meter")).getAttribute("data-encoding")));
    }
}
