package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A campaign is scheduled from the page in the brand's time zone, then rescheduled and cancelled from the history. */
@QuarkusTest
class SchedulingBrowserTest extends BrowserTest {
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    DataSource dataSource;

    private final ZoneId zone = ZoneId.of(ConfigProvider.getConfig().getValue("crm.web.time-zone", String.class));

    @Test
    void aCampaignIsScheduledRescheduledAndCancelledBeforeItStarts() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "city", "=", customers.city);
        assertThat(blocks.settledCount()).isEqualTo(1);
        String name = "Weekend " + UUID.randomUUID().toString().substring(0, 6);
        browser.find(By.id("campaign-name")).sendKeys(name);

        blocks.click(browser.find(By.id("when-later")));
        setDateTime(browser.find(By.id("send-at")), LocalDateTime.now(zone).minusHours(1));
        blocks.click(browser.find(By.id("launch")));
        browser.waitUntil(d -> browser.find(By.id("send-at-error")).getText().equals("Pick a time in the future."));

        LocalDateTime first = LocalDate.now(zone).plusDays(2).atTime(10, 0);
        setDateTime(browser.find(By.id("send-at")), first);
        blocks.click(browser.find(By.id("launch")));
        browser.waitFor(By.id("review"));
        assertThat(browser.find(By.id("review-when")).getText()).contains("10:00", "(" + zone.getId() + ")");
        WebElement confirm = browser.find(By.id("confirm-send"));
        assertThat(confirm.getText()).isEqualTo("Confirm and schedule");
        blocks.click(confirm);
        browser.waitUntil(d -> browser.path().equals("/campaigns"));

        JsonPath campaign = campaign(name);
        assertThat(campaign.getString("status")).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(campaign.getString("scheduledAt"))).isEqualTo(first.atZone(zone).toInstant());
        WebElement row = row(campaign.getLong("id"));
        assertThat(row.findElement(By.cssSelector(".scheduled")).getText())
                .isEqualTo("Sends " + first.format(SHOWN) + " (" + zone.getId() + ")");
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "campaign-history-scheduled");

        LocalDateTime second = first.plusDays(1).withHour(18).withMinute(30);
        long id = campaign.getLong("id");
        // Edit, Reschedule and Cancel sit in the row's actions menu (⋯)
        clickInRow(blocks, id, "details.row-menu > summary");
        blocks.click(row(id).findElement(By.cssSelector("details.reschedule > summary")));
        // The history refreshes itself every 2 s; an open reschedule form must survive it (it used to close after 1-2 s).
        org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(5)).atMost(java.time.Duration.ofSeconds(8))
                .until(() -> row(id).findElement(By.cssSelector("details.reschedule")).getAttribute("open") != null);
        row = row(id);
        setDateTime(row.findElement(By.cssSelector("input[type=datetime-local]")), second);
        blocks.click(row.findElement(By.cssSelector(".reschedule button[type=submit]")));
        browser.waitUntil(d -> browser.path().startsWith("/campaigns?rescheduled="));
        assertThat(browser.find(By.id("history-notice")).getText()).isEqualTo("“" + name + "” is rescheduled.");
        assertThat(Instant.parse(campaign(name).getString("scheduledAt"))).isEqualTo(second.atZone(zone).toInstant());
        assertThat(row(campaign.getLong("id")).findElement(By.cssSelector(".scheduled")).getText())
                .isEqualTo("Sends " + second.format(SHOWN) + " (" + zone.getId() + ")");

        clickInRow(blocks, id, "details.row-menu > summary");
        blocks.click(row(id).findElement(By.cssSelector("button[aria-label='Cancel " + name + "…']")));
        // the question stays open through the history's live refresh, and "Keep it" takes nothing back
        org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(3)).atMost(java.time.Duration.ofSeconds(6))
                .until(() -> row(id).findElement(By.cssSelector(".confirm-question")).isDisplayed());
        assertThat(row(id).findElement(By.cssSelector(".confirm-question")).getText()).isEqualTo("Cancel “" + name + "”? Nobody will get it.");
        blocks.click(row(id).findElement(By.cssSelector(".confirm-no")));
        assertThat(campaign(name).getString("status")).isEqualTo("SCHEDULED");
        // with the question closed the menu is still open, so its Cancel… is there again
        clickInRow(blocks, id, "button[aria-label='Cancel " + name + "…']");
        blocks.click(row(id).findElement(By.cssSelector("button[aria-label='Yes, cancel " + name + "']")));
        browser.waitUntil(d -> browser.path().startsWith("/campaigns?cancelled="));
        assertThat(browser.find(By.id("history-notice")).getText()).isEqualTo("“" + name + "” is cancelled.");
        assertThat(campaign(name).getString("status")).isEqualTo("CANCELLED");
        assertThat(row(campaign.getLong("id")).findElements(By.cssSelector(".schedule-actions"))).isEmpty();
    }

    /**
     * Clicks an element of a history row while nothing on the page is open: the history swaps its rows
     * every 2 s then, so an element found in a row can go stale before the click lands, and the row
     * is looked up anew until a click does.
     */
    private void clickInRow(Blocks blocks, long id, String css) {
        browser.waitUntil(d -> {
            try {
                blocks.click(row(id).findElement(By.cssSelector(css)));
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    @Test
    void theSuggestedSendTimeIsOneClickAway() {
        ShopData shop = new ShopData().load();
        SignIn.asMarketer(browser, "/campaigns/new");
        Blocks blocks = new Blocks(browser);
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "visits", ">=", "1");
        blocks.settledCount();
        blocks.click(browser.find(By.id("send-time-go")));
        WebElement use = browser.waitFor(By.id("use-send-time"));
        String[] words = use.getText().split(" ");
        DayOfWeek day = DayOfWeek.valueOf(words[1].toUpperCase(Locale.ROOT));
        int hour = Integer.parseInt(words[2].substring(0, 2));

        blocks.click(use);
        assertThat(browser.find(By.id("when-later")).isSelected()).isTrue();
        LocalDateTime chosen = LocalDateTime.parse(browser.find(By.id("send-at")).getAttribute("value"));
        LocalDateTime now = LocalDateTime.now(zone);
        assertThat(chosen.getDayOfWeek()).isEqualTo(day);
        assertThat(chosen.getHour()).isEqualTo(hour);
        assertThat(chosen).isAfter(now).isBefore(now.plusDays(7).plusHours(1));
        assertThat(shop.customerIds).isNotEmpty();
    }

    private void setDateTime(WebElement input, LocalDateTime at) {
        browser.setValue(input, at.format(INPUT));
    }

    private WebElement row(long id) {
        return browser.waitFor(By.cssSelector("#campaign-rows tr[data-campaign-id='" + id + "']"));
    }

    private static JsonPath campaign(String name) {
        long id = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.name == '" + name + "' }.id");
        return given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns/" + id).then().statusCode(200)
                .extract().jsonPath();
    }
}
