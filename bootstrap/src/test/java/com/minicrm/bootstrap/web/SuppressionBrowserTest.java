package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.minicrm.bootstrap.consent.ConsentData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The campaign page counts who was not messaged, per reason, and its message log filters by reason;
 * Settings shows the frequency cap and quiet hours as configured.
 */
@QuarkusTest
class SuppressionBrowserTest extends BrowserTest {
    private static final int CUSTOMERS = 14;

    @Inject
    DataSource dataSource;

    private static RequestSpecification api() {
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON);
    }

    @Test
    void thePanelCountsEachReasonAndTheLogFiltersByIt() throws Exception {
        String city = "Quietpur-" + UUID.randomUUID().toString().substring(0, 6);
        int unsubscribed = 0;
        int noAddress = 0;
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < CUSTOMERS; i++) {
                boolean stop = i % 4 == 1;
                boolean phoneless = i % 5 == 2;
                long id = ConsentData.customer(c, city, i, phoneless ? null : "+9191000" + String.format("%05d", i), null);
                if (stop) {
                    ConsentData.subscription(c, id, "SMS", "unsubscribed");
                }
                // An unsubscribed customer without a phone counts as unsubscribed (the stronger fact).
                unsubscribed += stop ? 1 : 0;
                noAddress += !stop && phoneless ? 1 : 0;
            }
        }
        long id = api().body("""
                {"name": "Suppressed in %1$s", "channel": "SMS", "template": "Hi {{first_name|there}}, 10%% off!",
                 "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%1$s"}]}}
                """.formatted(city)).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> "COMPLETED".equals(api().get("/api/v1/campaigns/" + id).jsonPath().getString("status")));

        api().get("/api/v1/campaigns/" + id + "/messages?reason=no_address").then().statusCode(200)
                .body("total", is(noAddress)).body("items.suppressionReason", everyItem(is("no_address")))
                .body("items.status", everyItem(is("SUPPRESSED")));
        api().get("/api/v1/campaigns/" + id + "/messages?reason=bogus").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        api().get("/api/v1/campaigns/" + id + "/messages?status=SENT&reason=unsubscribed").then().statusCode(422)
                .body("errors.field", hasItem("reason"));

        SignIn.asMarketer(browser, "/campaigns/" + id);
        assertThat(browser.waitFor(By.cssSelector("#suppressed-unsubscribed .stat-value")).getText()).isEqualTo(String.valueOf(unsubscribed));
        assertThat(browser.find(By.cssSelector("#suppressed-frequency-cap .stat-value")).getText()).isEqualTo("0");
        assertThat(browser.find(By.cssSelector("#suppressed-no-address .stat-value")).getText()).isEqualTo(String.valueOf(noAddress));
        assertThat(browser.find(By.id("suppressed-total")).getText())
                .isEqualTo((unsubscribed + noAddress) + " of " + CUSTOMERS + " matched customers");
        assertThat(browser.driver().findElements(By.id("quiet-hours-notice"))).isEmpty();

        String unsubscribedCount = unsubscribed + " messages";
        String noAddressCount = noAddress + " messages";
        browser.find(By.id("suppressed-unsubscribed")).click();
        browser.waitUntil(d -> (unsubscribedCount + " with status SUPPRESSED (unsubscribed)")
                .equals(d.findElement(By.id("log-count")).getText()));
        assertThat(reasonsShown()).hasSize(unsubscribed).containsOnly("unsubscribed");
        assertThat(browser.find(By.id("reason-unsubscribed")).getAttribute("aria-current")).isEqualTo("true");

        browser.find(By.id("reason-no_address")).click();
        browser.waitUntil(d -> (noAddressCount + " with status SUPPRESSED (no_address)")
                .equals(d.findElement(By.id("log-count")).getText()));
        assertThat(reasonsShown()).hasSize(noAddress).containsOnly("no_address");
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "campaign-suppression");
    }

    @Test
    void settingsShowTheCapAndQuietHoursAsConfigured() {
        int cap = ConfigProvider.getConfig().getValue("crm.consent.frequency-cap.messages", Integer.class);
        String zone = ConfigProvider.getConfig().getValue("crm.consent.brand-time-zone", String.class);
        SignIn.asMarketer(browser, "/settings");
        String capText = browser.waitFor(By.id("frequency-cap")).getText();
        assertThat(capText).contains("At most " + cap + " promotional messages per customer per channel in 24 hours")
                .contains("CRM_FREQUENCY_CAP_MESSAGES");
        // The test profile turns quiet hours off (00:00-00:00), so the page says so, with the brand's zone.
        assertThat(browser.find(By.id("quiet-hours")).getText()).startsWith("Off:").contains(zone + " (IST)").contains("CRM_SENDING_HOURS");
        Accessibility.assertNoSeriousViolations(browser);
    }

    private List<String> reasonsShown() {
        return browser.driver().findElements(By.cssSelector("#message-log .suppression-reason")).stream()
                .map(WebElement::getText).toList();
    }
}
