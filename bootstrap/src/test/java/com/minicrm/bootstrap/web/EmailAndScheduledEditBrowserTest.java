package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An e-mail gets a subject line (required on the page, previewed, reviewed, in the test send, on the
 * campaign page); a scheduled campaign is edited from the page until it starts, and an edit that comes
 * too late is refused; scheduled and cancelled campaigns say so instead of showing empty numbers; the
 * SMS cost is estimated over the sample, not from one customer.
 */
@QuarkusTest
class EmailAndScheduledEditBrowserTest extends BrowserTest {
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    DataSource dataSource;

    private final ZoneId zone = ZoneId.of(ConfigProvider.getConfig().getValue("crm.web.time-zone", String.class));

    @Test
    void anEmailIsScheduledWithASubjectThenEditedFromThePageUntilItStarts() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        customers.add("Meera Nair", 25_000, 8, 5, "vip");
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "city", "=", customers.city);
        assertThat(blocks.settledCount()).isEqualTo(2);
        String name = "Mail " + UUID.randomUUID().toString().substring(0, 6);
        browser.find(By.id("campaign-name")).sendKeys(name);
        assertThat(browser.find(By.id("subject-field")).isDisplayed()).as("SMS has no subject").isFalse();
        new Select(browser.find(By.id("channel"))).selectByValue("EMAIL");
        assertThat(browser.find(By.id("subject-field")).isDisplayed()).isTrue();
        blocks.click(browser.find(By.id("when-later")));
        LocalDateTime first = LocalDate.now(zone).plusDays(3).atTime(11, 0);
        setDateTime(browser.find(By.id("send-at")), first);

        blocks.click(browser.find(By.id("launch")));
        browser.waitUntil(d -> browser.find(By.id("subject-error")).getText().startsWith("Write the subject line"));
        assertThat(browser.driver().findElement(By.id("review")).isDisplayed()).isFalse();
        WebElement subject = browser.find(By.id("subject"));
        subject.sendKeys("{{first_nme}} news");
        browser.waitUntil(d -> browser.find(By.id("subject-error")).getText().contains("Unknown placeholder {{first_nme}}"));
        subject.clear();
        subject.sendKeys("{{first_name|Friend}}, news from {{city}}");
        browser.waitUntil(d -> browser.find(By.id("subject-preview")).getText().matches("Subject: (Kavya|Meera), news from "
                + customers.city));
        assertThat(browser.find(By.id("placeholder-fallbacks")).getText()).contains("{{city}} has no fallback");

        blocks.click(browser.find(By.id("launch")));
        browser.waitFor(By.id("review"));
        assertThat(browser.find(By.id("review-subject")).getText()).isEqualTo("{{first_name|Friend}}, news from {{city}}");
        assertThat(browser.driver().findElements(By.cssSelector("#review-samples .review-sample-subject"))).hasSize(2)
                .allSatisfy(e -> assertThat(e.getText()).matches("Subject: (Kavya|Meera), news from " + customers.city));
        browser.find(By.id("test-to")).sendKeys("me@brand.example");
        blocks.click(browser.find(By.id("test-send")));
        browser.waitUntil(d -> browser.find(By.id("test-status")).getText().startsWith("Test sent to me@brand.example"));
        assertThat(browser.find(By.id("test-status")).getText()).containsPattern("subject “\\[Test\\] (Kavya|Meera), news from "
                + customers.city + "”");
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.takeViewport(browser, "campaign-review-email");
        blocks.click(browser.find(By.id("confirm-send")));
        browser.waitUntil(d -> browser.path().equals("/campaigns"));

        long id = id(name);
        String row = "#campaign-rows tr[data-campaign-id='" + id + "'] ";
        assertThat(browser.waitFor(By.cssSelector(row + ".audience")).getText()).isEqualTo("Counted at start");
        assertThat(browser.find(By.cssSelector(row + ".progress-cell")).getText()).isEqualTo("Scheduled");
        // the history swaps its rows every 2 s, so the menu is looked up again if a swap replaced it; once it is
        // open the refresh waits, and Edit is in it
        browser.waitUntil(d -> {
            try {
                WebElement menu = browser.find(By.cssSelector(row + "details.row-menu"));
                if (menu.getAttribute("open") == null) {
                    menu.findElement(By.tagName("summary")).click();
                }
                browser.find(By.cssSelector(row + "a[aria-label='Edit " + name + "']")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        browser.waitUntil(d -> browser.path().equals("/campaigns/new?edit=" + id));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Edit scheduled campaign");
        assertThat(browser.find(By.id("campaign-name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.find(By.id("subject")).getAttribute("value")).isEqualTo("{{first_name|Friend}}, news from {{city}}");
        assertThat(browser.find(By.id("send-at")).getAttribute("value")).isEqualTo(first.format(INPUT));
        assertThat(blocks.settledCount()).isEqualTo(2);
        Accessibility.assertNoSeriousViolations(browser);
        browser.script("document.getElementById('message-heading').scrollIntoView()");
        Screenshots.takeViewport(browser, "campaign-edit-scheduled");

        WebElement template = browser.find(By.id("template"));
        template.clear();
        template.sendKeys("Hello {{first_name|there}}, the sale moved to Sunday.");
        browser.find(By.id("subject")).clear();
        browser.find(By.id("subject")).sendKeys("Sunday sale, {{first_name|Friend}}");
        LocalDateTime second = first.plusDays(1).withHour(9);
        setDateTime(browser.find(By.id("send-at")), second);
        blocks.click(browser.find(By.id("launch")));
        browser.waitFor(By.id("review"));
        assertThat(browser.find(By.id("confirm-send")).getText()).isEqualTo("Save changes");
        blocks.click(browser.find(By.id("confirm-send")));
        browser.waitUntil(d -> browser.path().equals("/campaigns/" + id + "?edited=1"));

        assertThat(browser.find(By.id("campaign-notice")).getText()).isEqualTo("Changes saved. “" + name + "” is still scheduled.");
        assertThat(browser.find(By.id("setup-subject")).getText()).isEqualTo("Sunday sale, {{first_name|Friend}}");
        assertThat(browser.find(By.id("setup-template")).getText()).isEqualTo("Hello {{first_name|there}}, the sale moved to Sunday.");
        assertThat(browser.find(By.id("setup-rule")).getText()).isEqualTo("City = \"" + customers.city + "\"");
        assertThat(browser.find(By.id("setup-when")).getText()).startsWith("Scheduled for");
        assertThat(browser.find(By.id("audience-size")).getText()).isEqualTo("—");
        assertThat(browser.find(By.id("progress-state")).getText()).startsWith("Scheduled: the audience is counted");
        assertThat(browser.find(By.id("sent-count")).getText()).isEqualTo("—");
        assertThat(browser.find(By.id("insight-summary")).getText()).as("no 'reached 0 users' before it starts")
                .startsWith("Nothing to read yet: the campaign has not started.");
        JsonPath stored = campaign(id);
        assertThat(stored.getString("status")).isEqualTo("SCHEDULED");
        assertThat(stored.getString("subject")).isEqualTo("Sunday sale, {{first_name|Friend}}");
        assertThat(Instant.parse(stored.getString("scheduledAt"))).isEqualTo(second.atZone(zone).toInstant());
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "campaign-scheduled-detail");

        // the scheduler starts it while the marketer is still editing: the save is refused, whole
        browser.open("/campaigns/new?edit=" + id);
        browser.waitUntil(d -> "Sunday sale, {{first_name|Friend}}".equals(browser.find(By.id("subject")).getAttribute("value")));
        assertThat(blocks.settledCount()).isEqualTo(2);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE campaign SET status = 'RUNNING', started_at = ? WHERE id = ?")) {
            st.setObject(1, LocalDateTime.now(java.time.ZoneOffset.UTC));
            st.setLong(2, id);
            st.executeUpdate();
        }
        browser.find(By.id("campaign-name")).sendKeys(" (late)");
        blocks.click(browser.find(By.id("launch")));
        blocks.click(browser.waitFor(By.id("confirm-send")));
        browser.waitUntil(d -> browser.find(By.id("launch-error")).getText().startsWith("Not saved: “" + name + "” has started"));
        assertThat(campaign(id).getString("name")).isEqualTo(name);
        browser.open("/campaigns/new?edit=" + id);
        browser.waitUntil(d -> browser.path().equals("/campaigns/" + id));
    }

    @Test
    void aCampaignCancelledBeforeItsTimeSaysSoInsteadOfAHundredPercent() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        String name = "Called off " + UUID.randomUUID().toString().substring(0, 6);
        long id = given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\","
                        + "\"value\":\"" + customers.city + "\"}]},\"template\":\"Hi\",\"channel\":\"SMS\",\"scheduledAt\":\""
                        + Instant.now().plusSeconds(86_400) + "\"}")
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON).post("/api/v1/campaigns/" + id + "/cancel")
                .then().statusCode(200);

        SignIn.asMarketer(browser, "/campaigns?q=" + name.replace(' ', '+'));
        WebElement row = browser.waitFor(By.cssSelector("#campaign-rows tr[data-campaign-id='" + id + "']"));
        assertThat(row.findElement(By.cssSelector(".progress-cell")).getText()).isEqualTo("Cancelled before it started");
        assertThat(row.findElements(By.tagName("progress"))).isEmpty();
        browser.open("/campaigns/" + id);
        assertThat(browser.find(By.id("progress-state")).getText()).isEqualTo("Cancelled before it started: nobody was messaged.");
        assertThat(browser.find(By.id("setup-when")).getText()).isEqualTo("Cancelled before it started");
        assertThat(browser.find(By.id("setup-segment")).getText()).isEqualTo("Rules made for this campaign");
        assertThat(browser.driver().findElements(By.id("edit-campaign"))).isEmpty();
    }

    @Test
    void theSmsCostIsEstimatedOverTheSampleNotFromOneCustomer() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Ravi Rao", 15_000, 2, 10, "vip");
        customers.add("Venkataraghavan Subramanian Iyer", 25_000, 8, 5, "vip");
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "city", "=", customers.city);
        assertThat(blocks.settledCount()).isEqualTo(2);
        new Select(browser.find(By.id("channel"))).selectByValue("SMS");
        WebElement template = browser.find(By.id("template"));
        template.clear();
        // 13 characters for Ravi Rao, 37 for the long name: 153 in all is one SMS, 177 is two
        template.sendKeys("Hi {{name}}, " + "a".repeat(140));

        browser.waitUntil(d -> "1–2".equals(browser.find(By.id("sms-meter")).getAttribute("data-estimate")));
        assertThat(browser.find(By.id("sms-meter")).getText()).contains("Estimate: 1–2 SMS per customer, from the message rendered"
                + " for 2 sample customers; up to about 4 SMS for 2 customers.");
    }

    private void setDateTime(WebElement input, LocalDateTime at) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                input, at.format(INPUT));
    }

    private static long id(String name) {
        return given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.name == '" + name + "' }.id");
    }

    private static JsonPath campaign(long id) {
        return given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns/" + id).then().statusCode(200)
                .extract().jsonPath();
    }
}
