package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The segment library: build, edit, duplicate, delete, search, and start a campaign from a segment. */
@QuarkusTest
class SegmentLibraryBrowserTest extends BrowserTest {
    @Inject
    DataSource dataSource;

    @Test
    void aMarketerBuildsEditsDuplicatesSearchesAndDeletesASegment() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        customers.add("Meera Nair", 25_000, 8, 5, "vip");
        customers.add("Rohan Mehta", 800, 1, 120, "lapsed");
        String name = "Buildpur shoppers " + UUID.randomUUID().toString().substring(0, 6);
        SignIn.asMarketer(browser, "/segments");
        browser.find(By.id("new-segment")).click();
        browser.waitUntil(d -> browser.path().equals("/segments/new"));

        Blocks blocks = new Blocks(browser);
        browser.find(By.id("segment-name")).sendKeys(name);
        browser.find(By.id("segment-description")).sendKeys("Everyone in the test city");
        blocks.set(blocks.conditionIds(blocks.rootId()).get(0), "city", "=", customers.city);
        assertThat(blocks.settledCount()).isEqualTo(3);
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "segment-editor");
        blocks.click(browser.find(By.id("save-segment")));

        browser.waitUntil(d -> browser.path().startsWith("/segments?saved="));
        assertThat(browser.find(By.id("library-notice")).getText()).isEqualTo("Saved “" + name + "”.");
        WebElement row = row(name);
        assertThat(row.findElement(By.cssSelector(".rule-cell")).getText()).isEqualTo("City = \"" + customers.city + "\"");
        assertThat(row.getText()).contains("Everyone in the test city", "by " + SignIn.MARKETER_EMAIL);
        assertThat(audience(name)).isEqualTo(3);
        assertThat(row.findElement(By.cssSelector(".last-used")).getText()).isEqualTo("Never");
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "segment-library");

        blocks.click(row.findElement(By.linkText("Edit")));
        browser.waitUntil(d -> browser.path().endsWith("/edit"));
        assertThat(browser.find(By.id("segment-name")).getAttribute("value")).isEqualTo(name);
        browser.waitUntil(d -> browser.find(By.id("rule-text")).getText().equals("City = \"" + customers.city + "\""));
        blocks.addCondition(blocks.rootId(), "total_spend", ">", "10000");
        assertThat(blocks.settledCount()).isEqualTo(2);
        blocks.click(browser.find(By.id("save-segment")));
        browser.waitUntil(d -> browser.path().startsWith("/segments?saved="));
        assertThat(row(name).findElement(By.cssSelector(".rule-cell")).getText())
                .isEqualTo("City = \"" + customers.city + "\" AND Total spend > ₹10,000");
        assertThat(audience(name)).isEqualTo(2);

        blocks.click(row(name).findElement(By.cssSelector("button[aria-label='Duplicate " + name + "']")));
        // the library was already at ?saved= after the edit, so wait for the new page's notice itself
        browser.waitUntil(d -> browser.find(By.id("library-notice")).getText().equals("Saved “Copy of " + name + "”."));
        assertThat(audience("Copy of " + name)).isEqualTo(2);

        WebElement search = browser.find(By.id("q"));
        search.sendKeys("copy of " + name.toLowerCase(java.util.Locale.ROOT));
        browser.waitUntil(d -> browser.driver().findElements(By.cssSelector("#segment-results tbody tr")).size() == 1);
        assertThat(browser.find(By.cssSelector("#segment-results .segment-name")).getText()).isEqualTo("Copy of " + name);
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "no such segment anywhere");
        browser.waitUntil(d -> browser.find(By.id("segment-results")).getText().contains("No segment matches"));

        browser.open("/segments");
        WebElement copy = row("Copy of " + name);
        blocks.click(copy.findElement(By.cssSelector(".confirm-ask")));
        blocks.click(copy.findElement(By.cssSelector("button[aria-label='Delete Copy of " + name + " for good']")));
        browser.waitUntil(d -> browser.path().startsWith("/segments?deleted="));
        assertThat(browser.find(By.id("library-notice")).getText()).isEqualTo("Deleted “Copy of " + name + "”.");
        assertThat(browser.driver().findElements(By.xpath("//a[@class='segment-name' and text()='Copy of " + name + "']"))).isEmpty();
        assertThat(row(name).isDisplayed()).isTrue();
    }

    @Test
    void aCampaignStartsFromASavedSegmentWhichThenCannotBeDeleted() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        customers.add("Meera Nair", 25_000, 8, 5, "vip");
        String name = "Reused " + UUID.randomUUID().toString().substring(0, 6);
        long id = given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\","
                        + "\"operator\":\"=\",\"value\":\"" + customers.city + "\"}]}}")
                .post("/api/v1/segments").then().statusCode(201).extract().jsonPath().getLong("id");
        SignIn.asMarketer(browser, "/segments");
        Blocks blocks = new Blocks(browser);

        blocks.click(row(name).findElement(By.linkText("New campaign")));
        browser.waitUntil(d -> browser.path().equals("/campaigns/new?segment=" + id));
        assertThat(browser.waitFor(By.id("segment-source")).getText()).contains("“" + name + "”");
        assertThat(blocks.settledCount()).isEqualTo(2);
        assertThat(browser.find(By.cssSelector("#start-segment option:checked")).getText()).isEqualTo(name);
        String campaign = "From a segment " + UUID.randomUUID().toString().substring(0, 6);
        browser.find(By.id("campaign-name")).sendKeys(campaign);
        blocks.click(browser.find(By.id("launch")));
        blocks.click(browser.waitFor(By.id("confirm-send")));
        browser.waitUntil(d -> browser.path().equals("/campaigns"));
        long used = given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns?size=100").then()
                .statusCode(200).extract().jsonPath().getLong("items.find { it.name == '" + campaign + "' }.segmentId");
        assertThat(used).as("the campaign targets the saved segment, not a new copy").isEqualTo(id);

        browser.open("/segments");
        WebElement row = row(name);
        assertThat(row.findElement(By.cssSelector(".last-used")).getText()).contains("1 campaign");
        blocks.click(row.findElement(By.cssSelector(".confirm-ask")));
        blocks.click(row.findElement(By.cssSelector("button[aria-label='Delete " + name + " for good']")));
        // Post/Redirect/Get: the refusal is a page of its own, so a refresh shows it again without re-sending the form
        browser.waitUntil(d -> browser.path().equals("/segments?notDeleted=" + id));
        browser.driver().navigate().refresh();
        WebElement error = browser.waitFor(By.id("library-error"));
        assertThat(error.getText()).isEqualTo("“" + name + "” was not deleted: 1 campaign uses it (the latest is “" + campaign
                + "”), and a campaign keeps the segment it was sent to. Duplicate it to change a copy instead.");
        assertThat(row(name).isDisplayed()).isTrue();
        given().header("Authorization", "Bearer test-api-key").get("/api/v1/segments/" + id).then().statusCode(200);
        Accessibility.assertNoSeriousViolations(browser);
    }

    private WebElement row(String segmentName) {
        return browser.waitFor(By.xpath("//tr[.//a[@class='segment-name' and text()='" + segmentName + "']]"));
    }

    private long audience(String segmentName) {
        browser.waitUntil(d -> !row(segmentName).findElements(By.cssSelector("td.audience [data-count]")).isEmpty());
        return Long.parseLong(row(segmentName).findElement(By.cssSelector("td.audience [data-count]")).getAttribute("data-count"));
    }
}
