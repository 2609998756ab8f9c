package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a demanding marketer tripped over: the dashboard's scheduled campaigns, the customer list's paging,
 * tag search and sorting, the history's tag picker, date range and action column, the segment library's
 * word on scheduled campaigns and its refused delete, and the demo-data link once a brand has data.
 */
@QuarkusTest
class MarketerUxBrowserTest extends BrowserTest {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    DataSource dataSource;

    private final ZoneId zone = ZoneId.of(ConfigProvider.getConfig().getValue("crm.web.time-zone", String.class));
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String nowhere = "Nowhere-" + run;

    @Test
    void theDashboardSaysWhenAScheduledCampaignSendsInsteadOfCountingZeros() {
        LocalDateTime at = LocalDate.now(zone).plusDays(3).atTime(10, 0);
        String name = "Ux " + run + " weekend";
        launch(name, "Hi {{first_name|there}}, see you this weekend", at);
        SignIn.asMarketer(browser, "/");

        WebElement item = browser.waitFor(By.xpath("//li[contains(@class,'recent-item')][.//a[text()='" + name + "']]"));
        assertThat(item.findElement(By.cssSelector(".recent-scheduled")).getText())
                .isEqualTo("Scheduled for " + at.format(SHOWN) + " (" + zone.getId() + ")");
        assertThat(item.getText()).contains("audience counted at start").doesNotContain("recipients", "sent", "pending");
        assertThat(item.findElements(By.tagName("progress"))).isEmpty();
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "dashboard-scheduled");
    }

    @Test
    void theCustomerListCountsPagesFromOneFindsATagSortsAndHandlesAPagePastTheEnd() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        String tag = "UxTag-" + run;
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            // distinct spends, days and initials, in an order that none of the sorts keeps
            Person p = new Person("Ux " + (char) ('A' + (i * 11) % 26) + " " + run, 100 + (i * 7919) % 50_000, 1 + (i * 37) % 300);
            customers.add(p.name, p.spend, 2, p.daysAgo, tag);
            people.add(p);
        }
        customers.add("Ux Untagged " + run, 99_999, 1, 1, "other");
        SignIn.asMarketer(browser, "/customers?q=" + tag.toLowerCase(Locale.ROOT));

        assertThat(browser.find(By.cssSelector(".result-count")).getText()).startsWith("1–25 of 26 customers matching");
        assertThat(names()).hasSize(25).containsExactlyElementsOf(reversed(people).stream().map(Person::name).limit(25).toList());
        assertThat(browser.find(By.cssSelector(".pager")).getText()).contains("Page 1 of 2");
        browser.find(By.cssSelector(".pager a[rel=next]")).click();
        browser.waitUntil(d -> browser.path().contains("page=2"));
        assertThat(browser.find(By.cssSelector(".pager")).getText()).contains("Page 2 of 2");
        assertThat(names()).containsExactly(people.get(0).name);
        browser.find(By.cssSelector(".pager a[rel=prev]")).click();
        browser.waitUntil(d -> browser.path().contains("page=1"));
        assertThat(browser.find(By.cssSelector(".pager")).getText()).contains("Page 1 of 2");

        browser.open("/customers?q=" + tag + "&page=0");
        assertThat(browser.find(By.cssSelector(".pager")).getText()).as("an old first-page link").contains("Page 1 of 2");
        browser.open("/customers?q=" + tag + "&page=3");
        assertThat(browser.find(By.id("past-the-end")).getText()).isEqualTo("No customers on this page");
        assertThat(browser.find(By.id("customer-results")).getText()).doesNotContain("Load demo data");
        browser.find(By.id("last-page")).click();
        browser.waitUntil(d -> browser.path().contains("page=2"));
        assertThat(names()).containsExactly(people.get(0).name);

        browser.open("/customers?q=" + tag);
        sortBy("sort-total-spend", "total_spend");
        assertThat(names()).containsExactlyElementsOf(sorted(people, Comparator.comparingLong(Person::spend).reversed()));
        assertThat(browser.find(By.cssSelector(".result-count")).getText()).contains("sorted by total spend, highest first");
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "customers-sorted");
        browser.find(By.cssSelector(".pager a[rel=next]")).click();
        browser.waitUntil(d -> browser.path().contains("page=2"));
        assertThat(browser.path()).contains("sort=total_spend");
        assertThat(names()).containsExactly(people.stream().min(Comparator.comparingLong(Person::spend)).orElseThrow().name);

        browser.open("/customers?q=" + tag);
        sortBy("sort-name", "name");
        assertThat(names()).containsExactlyElementsOf(sorted(people, Comparator.comparing(Person::name)));
        sortBy("sort-last-order", "last_order");
        assertThat(names()).containsExactlyElementsOf(sorted(people, Comparator.comparingInt(Person::daysAgo)));

        browser.open("/customers?sort=drop%20table");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Bad Request");
    }

    @Test
    void theHistoryOffersKnownTagsFiltersByDatesAndKeepsRowActionsInTheirOwnColumn() {
        String festive = "Ux " + run + " festive";
        String later = "Ux " + run + " later";
        launch(festive, "Hi {{first_name|there}}, 20% off this festive season", null);
        LocalDate inTenDays = LocalDate.now(zone).plusDays(10);
        long scheduled = launch(later, "Hi {{first_name|there}}, here is your monthly update", inTenDays.atTime(9, 30));
        SignIn.asMarketer(browser, "/campaigns");

        List<String> known = browser.driver().findElements(By.cssSelector("#known-tags option")).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(known).contains("Festive/Offer").doesNotHaveDuplicates();
        assertThat(browser.find(By.id("tag")).getAttribute("list")).isEqualTo("known-tags");
        filter("Ux " + run, "festive/offer", "", "");
        assertThat(historyNames()).containsExactly(festive);

        LocalDate today = LocalDate.now(zone);
        filter("Ux " + run, "", today.toString(), today.toString());
        assertThat(historyNames()).containsExactlyInAnyOrder(festive, later);
        filter("Ux " + run, "", inTenDays.toString(), inTenDays.toString());
        assertThat(historyNames()).as("scheduled on that day, created today").containsExactly(later);
        filter("Ux " + run, "", today.minusDays(3).toString(), today.minusDays(1).toString());
        assertThat(browser.find(By.id("campaign-rows")).getText()).contains("No campaign matches these filters");

        browser.open("/campaigns?q=Ux+" + run);
        WebElement row = browser.waitFor(By.cssSelector("#campaign-rows tr[data-campaign-id='" + scheduled + "']"));
        assertThat(row.findElements(By.cssSelector("td:first-child .btn, td:first-child .duplicate-link"))).isEmpty();
        WebElement actions = row.findElement(By.cssSelector("td.actions-cell"));
        assertThat(actions.findElements(By.cssSelector("details.row-menu .duplicate-link, details.row-menu .edit-link,"
                + " details.row-menu details.reschedule, details.row-menu .confirm-ask"))).hasSize(4);
        assertThat(actions.getSize().getWidth()).as("the closed menu is one narrow button").isLessThan(80);
        assertThat((Boolean) browser.script("var w = document.querySelector('.history').parentElement;"
                + " return w.scrollWidth <= w.clientWidth;")).as("the history fits the laptop screen").isTrue();
        Accessibility.assertNoSeriousViolations(browser);
        Blocks blocks = new Blocks(browser);
        blocks.click(actions.findElement(By.cssSelector("details.row-menu > summary")));
        assertThat(row.findElement(By.cssSelector("a[aria-label='Edit " + later + "']")).isDisplayed()).isTrue();
        assertThat(row.findElement(By.cssSelector(".duplicate-link")).isDisplayed()).isTrue();
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "campaign-history-actions");
    }

    @Test
    void aSegmentThatScheduledCampaignsUseSaysSoAndARefusedDeleteSurvivesARefresh() {
        String name = "Ux segment " + run;
        long id = given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\","
                        + "\"operator\":\"=\",\"value\":\"" + nowhere + "\"}]}}")
                .post("/api/v1/segments").then().statusCode(201).extract().jsonPath().getLong("id");
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON)
                    .body("{\"name\":\"Ux " + run + " on segment " + i + "\",\"segmentId\":" + id + ",\"channel\":\"SMS\","
                            + "\"template\":\"Hi {{first_name|there}}\",\"scheduledAt\":\""
                            + LocalDate.now(zone).plusDays(5 + i).atTime(11, 0).atZone(zone).toInstant() + "\"}")
                    .post("/api/v1/campaigns").then().statusCode(201);
        }
        String expected = "2 scheduled campaigns use this segment; they keep the rule they were scheduled with — edit them"
                + " to change their audience.";
        SignIn.asMarketer(browser, "/segments");
        assertThat(segmentRow(name).findElement(By.cssSelector(".scheduled-use")).getText()).isEqualTo(expected);
        Accessibility.assertNoSeriousViolations(browser);

        browser.open("/segments/" + id + "/edit");
        WebElement warning = browser.waitFor(By.id("scheduled-use"));
        assertThat(warning.getText()).isEqualTo(expected);
        assertThat(warning.findElement(By.tagName("a")).getAttribute("href")).endsWith("/campaigns?status=SCHEDULED");
        Accessibility.assertNoSeriousViolations(browser);

        browser.open("/segments");
        Blocks blocks = new Blocks(browser);
        blocks.click(segmentRow(name).findElement(By.cssSelector(".confirm-ask")));
        blocks.click(segmentRow(name).findElement(By.cssSelector("button[aria-label='Delete " + name + " for good']")));
        browser.waitUntil(d -> browser.path().equals("/segments?notDeleted=" + id));
        browser.driver().navigate().refresh();
        assertThat(browser.waitFor(By.id("library-error")).getText()).startsWith("“" + name + "” was not deleted: 2 campaigns use it");
        given().header("Authorization", "Bearer test-api-key").get("/api/v1/segments/" + id).then().statusCode(200);
    }

    @Test
    void onceABrandHasDataDemoDataIsAQuietLinkWhosePageKeepsTheDashboardTabThroughTheLoad() throws Exception {
        new BuilderCustomers(dataSource).add("Ux Real Shopper " + run, 2_400, 2, 4, "real");
        SignIn.asMarketer(browser, "/");
        assertThat(browser.driver().findElements(By.cssSelector(".page-head a[href*='/demo']"))).isEmpty();
        WebElement link = browser.find(By.cssSelector(".dev-note #more-demo"));
        assertThat(link.getAttribute("class")).doesNotContain("btn");
        Accessibility.assertNoSeriousViolations(browser);

        link.click();
        browser.waitUntil(d -> browser.path().equals("/demo?from=dashboard"));
        assertThat(browser.find(By.cssSelector(".mainnav [aria-current=page]")).getText()).isEqualTo("Dashboard");
        browser.find(By.id("start-demo")).click();
        browser.waitUntil(d -> browser.path().equals("/demo?from=dashboard"));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> browser.find(By.id("demo-progress")).getText().startsWith("Done: 1,000 customers"));
        browser.driver().navigate().refresh();
        assertThat(browser.find(By.cssSelector(".mainnav [aria-current=page]")).getText()).isEqualTo("Dashboard");
        assertThat(browser.find(By.cssSelector("#demo-size option:checked")).getAttribute("value")).isEqualTo("1000");
        Accessibility.assertNoSeriousViolations(browser);
    }

    private record Person(String name, long spend, int daysAgo) {}

    private static List<Person> reversed(List<Person> people) {
        List<Person> copy = new ArrayList<>(people);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<String> sorted(List<Person> people, Comparator<Person> order) {
        return people.stream().sorted(order).map(Person::name).limit(25).toList();
    }

    private void sortBy(String linkId, String param) {
        browser.find(By.id(linkId)).click();
        browser.waitUntil(d -> browser.path().contains("sort=" + param));
    }

    private List<String> names() {
        return browser.driver().findElements(By.cssSelector("#customer-results tbody td:first-child > a")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> historyNames() {
        return browser.driver().findElements(By.cssSelector("#campaign-rows tr[data-campaign-id] td:first-child > a")).stream()
                .map(WebElement::getText).toList();
    }

    private void filter(String q, String tag, String from, String to) {
        WebElement name = browser.find(By.id("q"));
        name.clear();
        name.sendKeys(q);
        WebElement tags = browser.find(By.id("tag"));
        tags.clear();
        tags.sendKeys(tag);
        browser.setValue(browser.find(By.id("from")), from);
        browser.setValue(browser.find(By.id("to")), to);
        String before = browser.driver().getCurrentUrl();
        browser.find(By.id("apply-filters")).click();
        browser.waitUntil(d -> !browser.driver().getCurrentUrl().equals(before));
    }

    private WebElement segmentRow(String segmentName) {
        return browser.waitFor(By.xpath("//tr[.//a[@class='segment-name' and text()='" + segmentName + "']]"));
    }

    private long launch(String name, String template, LocalDateTime scheduledAt) {
        String body = "{\"name\":\"" + name + "\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\","
                + "\"value\":\"" + nowhere + "\"}]},\"template\":\"" + template + "\",\"channel\":\"SMS\""
                + (scheduledAt == null ? "" : ",\"scheduledAt\":\"" + scheduledAt.atZone(zone).toInstant() + "\"") + "}";
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON).body(body)
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
