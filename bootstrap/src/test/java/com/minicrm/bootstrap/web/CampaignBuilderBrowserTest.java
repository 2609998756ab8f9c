package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The "New campaign" page: building a segment with the visual blocks, the live audience, composing and launching. */
@QuarkusTest
class CampaignBuilderBrowserTest extends BrowserTest {
    private static final String JOURNEY_RULE = """
            {"combinator":"or","not":false,"rules":[
              {"combinator":"and","not":false,"rules":[
                {"field":"total_spend","operator":">","value":10000},
                {"field":"visits","operator":"<","value":3}]},
              {"field":"inactive_days","operator":">=","value":90}]}""";

    @Inject
    DataSource dataSource;

    @Test
    void theJourneyBuildsTheSegmentWithTheBlocksPreviewsItLikeTheApiAndLaunchesACampaignThatCompletes() throws Exception {
        BuilderCustomers customers = new BuilderCustomers(dataSource);
        customers.add("Kavya Iyer", 15_000, 2, 10, "vip");
        customers.add("Rohan Mehta", 800, 6, 120, "lapsed");
        customers.add("Meera Nair", 25_000, 8, 5, "vip");
        SignIn.asMarketer(browser, "/campaigns/new");

        String first = conditionIds(rootId()).get(0);
        click(groupButton(rootId(), "or"));
        click(groupFootButton(rootId(), "add-group"));
        String nested = lastGroupId(rootId());
        setCondition(conditionIds(nested).get(0), "total_spend", ">", "10000");
        click(groupFootButton(nested, "add-condition"));
        setCondition(conditionIds(nested).get(1), "visits", "<", "3");
        setCondition(first, "inactive_days", ">=", "90");
        click(node(first).findElement(By.cssSelector("[data-action=down]")));

        browser.waitUntil(d -> "(Total spend > ₹10,000 AND Orders < 3) OR Inactive ≥ 90 days"
                .equals(browser.find(By.id("rule-text")).getText()));
        long apiCount = given().header("Cookie", cookieHeader()).header("X-CSRF-TOKEN", cookie("csrf-token"))
                .contentType(ContentType.JSON).body("{\"rule\":" + JOURNEY_RULE + "}")
                .post("/api/v1/segments/preview").then().statusCode(200).extract().jsonPath().getLong("audienceSize");
        browser.waitUntil(d -> String.valueOf(apiCount).equals(browser.find(By.id("audience-count")).getAttribute("data-count")));
        assertThat(apiCount).isGreaterThanOrEqualTo(2);
        assertThat(browser.driver().findElements(By.cssSelector("#audience-sample li strong"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#city-options option"))).isNotEmpty();

        String name = "Journey " + UUID.randomUUID().toString().substring(0, 8);
        browser.find(By.id("campaign-name")).sendKeys(name);
        new Select(browser.find(By.id("channel"))).selectByValue("SMS");
        WebElement template = browser.find(By.id("template"));
        template.clear();
        template.sendKeys("Hi ");
        click(browser.find(By.cssSelector("#placeholder-chips [data-token='{{first_name|there}}']")));
        template.sendKeys(", we miss you in ");
        click(browser.find(By.cssSelector("#placeholder-chips [data-token='{{city}}']")));
        template.sendKeys("!");
        assertThat(template.getAttribute("value")).isEqualTo("Hi {{first_name|there}}, we miss you in {{city}}!");
        browser.waitUntil(d -> {
            String text = browser.find(By.id("message-preview")).getText();
            return text.startsWith("Hi ") && text.endsWith("!") && !text.contains("{{");
        });
        assertThat(browser.find(By.id("message-preview-who")).getText()).startsWith("Preview for ");

        Accessibility.assertNoSeriousViolations(browser);
        browser.script("window.scrollTo(0, 0)");
        Screenshots.take(browser, "campaign-builder");
        browser.phone();
        browser.script("window.scrollTo(0, 0)");
        Screenshots.takeViewport(browser, "campaign-builder-phone");
        Accessibility.assertNoSeriousViolations(browser);
        browser.laptop();
        // the builder leaves its one-column phone layout only once the emulation is really gone
        browser.waitUntil(d -> ((Number) browser.script("return window.innerWidth")).intValue() > 980);

        click(browser.find(By.id("launch")));
        click(browser.waitFor(By.id("confirm-send")));
        browser.waitUntil(d -> browser.path().equals("/campaigns"));
        WebElement top = browser.waitFor(By.cssSelector("#campaign-rows tr:first-child"));
        assertThat(top.findElement(By.cssSelector("a")).getText()).isEqualTo(name);
        long id = Long.parseLong(top.getAttribute("data-campaign-id"));
        assertThat(campaign(id).getLong("segmentId")).isPositive();

        await("campaign " + id + " completes").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> "COMPLETED".equals(campaign(id).getString("status")));
        JsonPath done = campaign(id);
        long audience = done.getLong("audienceSize");
        assertThat(audience).as("the frozen audience is the previewed one, give or take customers stored meanwhile")
                .isGreaterThanOrEqualTo(2);
        long suppressed = done.getLong("suppressed.unsubscribed") + done.getLong("suppressed.frequencyCapped")
                + done.getLong("suppressed.noAddress");
        assertThat(done.getLong("sent") + done.getLong("failed") + suppressed).isEqualTo(audience);
        assertThat(done.getLong("pending")).isZero();
        // the history's rows are swapped by htmx every two seconds, so a row can go stale between two reads
        await("the history row shows the final counters").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .ignoreException(StaleElementReferenceException.class).until(() -> {
                    WebElement row = browser.find(By.cssSelector("#campaign-rows tr[data-campaign-id='" + id + "']"));
                    return cell(row, "pending") == 0 && cell(row, "sent") == done.getLong("sent")
                            && cell(row, "failed") == done.getLong("failed") && cell(row, "audience") == audience
                            && row.findElements(By.cssSelector("progress.done")).size() == 1;
                });
        assertThat(done.getString("template")).isEqualTo("Hi {{first_name|there}}, we miss you in {{city}}!");
    }

    @Test
    void blocksMoveAndIndentWithTheKeyboard() {
        SignIn.asMarketer(browser, "/campaigns/new");
        String a = conditionIds(rootId()).get(0);
        setCondition(a, "total_spend", ">", "100");
        click(groupFootButton(rootId(), "add-condition"));
        String b = conditionIds(rootId()).get(1);
        setCondition(b, "visits", ">=", "1");
        click(groupFootButton(rootId(), "add-condition"));
        String c = conditionIds(rootId()).get(2);
        setCondition(c, "inactive_days", "<", "30");

        valueInput(c).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        assertThat(conditionIds(rootId())).containsExactly(a, c, b);

        WebElement indent = node(c).findElement(By.cssSelector("[data-action=indent]"));
        assertThat(indent.getAttribute("aria-label")).isEqualTo("Indent condition 2 (Inactive) into the block above");
        indent.sendKeys(Keys.ENTER);
        List<WebElement> top = browser.driver().findElements(By.cssSelector(".rb-root > ol > li"));
        assertThat(top).hasSize(2);
        String group = lastGroupId(rootId());
        assertThat(conditionIds(group)).containsExactly(a, c);
        assertThat(browser.script("return document.activeElement.getAttribute('data-action')")).isEqualTo("indent");
        browser.waitUntil(d -> browser.find(By.id("rule-text")).getText()
                .equals("(Total spend > ₹100 AND Inactive < 30 days) AND Orders ≥ 1"));

        valueInput(c).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_LEFT));
        assertThat(browser.driver().findElements(By.cssSelector(".rb-root > ol > li")).stream()
                .map(li -> li.getAttribute("data-id")).toList()).as("the group left with one item dissolves").containsExactly(a, c, b);
        assertThat(browser.driver().findElements(By.cssSelector("[data-node='" + group + "']"))).isEmpty();
        assertThat(browser.find(By.id("move-status")).getText()).startsWith("Outdented");
    }

    @Test
    void anInvalidValueShowsItsErrorAtTheBlockAndAnUnknownPlaceholderAtTheMessage() {
        SignIn.asMarketer(browser, "/campaigns/new");
        click(groupFootButton(rootId(), "add-condition"));
        String visits = conditionIds(rootId()).get(1);
        setCondition(conditionIds(rootId()).get(0), "total_spend", ">", "500");
        setCondition(visits, "visits", "<", "-3");

        WebElement error = browser.waitFor(By.id("err-" + visits));
        assertThat(error.getText()).contains("Value must be a whole number");
        assertThat(node(visits).findElement(By.cssSelector(".rb-condition")).getAttribute("class")).contains("has-error");
        assertThat(browser.find(By.id("audience-state")).getText()).isEqualTo("Fix the highlighted rule to see who matches.");
        assertThat(browser.find(By.id("err-" + conditionIds(rootId()).get(0))).isDisplayed()).isFalse();

        WebElement template = browser.find(By.id("template"));
        template.clear();
        template.sendKeys("Hello {{nickname}}");
        browser.waitUntil(d -> browser.find(By.id("template-error")).getText().equals("Unknown placeholder {{nickname}}"));
        assertThat(template.getAttribute("aria-invalid")).isEqualTo("true");

        valueInput(visits).sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "3");
        browser.waitUntil(d -> !browser.find(By.id("err-" + visits)).isDisplayed());
    }

    private static long cell(WebElement row, String counter) {
        return Long.parseLong(row.findElement(By.cssSelector("td." + counter)).getText().replace(",", "").strip());
    }

    private static JsonPath campaign(long id) {
        return given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private String rootId() {
        return browser.waitFor(By.cssSelector(".rb-root")).getAttribute("data-node");
    }

    private WebElement node(String id) {
        return browser.find(By.cssSelector("[data-node='" + id + "']"));
    }

    private List<String> conditionIds(String groupId) {
        return node(groupId).findElements(By.cssSelector(":scope > ol > li > .rb-condition-box")).stream()
                .map(e -> e.getAttribute("data-node")).toList();
    }

    private String lastGroupId(String groupId) {
        List<WebElement> groups = node(groupId).findElements(By.cssSelector(":scope > ol > li > .rb-group"));
        return groups.get(groups.size() - 1).getAttribute("data-node");
    }

    private WebElement groupButton(String groupId, String action) {
        return node(groupId).findElement(By.cssSelector(":scope > .rb-group-head [data-action='" + action + "']"));
    }

    private WebElement groupFootButton(String groupId, String action) {
        return node(groupId).findElement(By.cssSelector(":scope > .rb-group-foot [data-action='" + action + "']"));
    }

    private WebElement valueInput(String conditionId) {
        return node(conditionId).findElement(By.cssSelector("[data-action=value]"));
    }

    /** Picks the field and comparison from their menus, then types the value, as a marketer would. */
    private void setCondition(String id, String field, String operator, String value) {
        new Select(node(id).findElement(By.cssSelector("select[data-action=field]"))).selectByValue(field);
        new Select(node(id).findElement(By.cssSelector("select[data-action=operator]"))).selectByValue(operator);
        WebElement input = valueInput(id);
        input.clear();
        input.sendKeys(value);
    }

    private void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
