package com.minicrm.bootstrap.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.minicrm.bootstrap.web.Accessibility;
import com.minicrm.bootstrap.web.BrowserTest;
import com.minicrm.bootstrap.web.Screenshots;
import com.minicrm.bootstrap.web.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A customer unsubscribes through their e-mail's link in a real browser; a marketer changes subscriptions on the customer page. */
@QuarkusTest
class UnsubscribeBrowserTest extends BrowserTest {
    private static final Pattern PATH = Pattern.compile("https?://[^/\\s]+(/unsubscribe/\\S+)");
    @Inject
    DataSource dataSource;

    @Test
    void theConfirmPageUnsubscribesWithOneButtonAndAForgedLinkSaysItIsNotValid() throws SQLException {
        String city = "Click-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection()) {
            ConsentData.customer(c, city, 0, "+91 98000 11111", "mohit.sharma@example.in");
        }
        String link = linkOfFirstMessage(launchEmail(city));

        browser.open(link);
        WebElement button = browser.waitFor(By.id("unsubscribe"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Unsubscribe from our e-mails?");
        assertThat(browser.find(By.id("unsubscribe-address")).getText()).isEqualTo("m•••a@example.in");
        assertThat(browser.driver().findElements(By.cssSelector("nav.mainnav"))).isEmpty();
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "unsubscribe-confirm");
        assertThat(email(city + "-0").getString("status")).isEqualTo("subscribed");

        button.click();

        assertThat(browser.waitFor(By.id("unsubscribe-done")).getText()).contains("m•••a@example.in");
        Accessibility.assertNoSeriousViolations(browser);
        JsonPath email = email(city + "-0");
        assertThat(email.getString("status")).isEqualTo("unsubscribed");
        assertThat(email.getString("source")).isEqualTo("unsubscribe-link");

        String forged = link.substring(0, link.lastIndexOf('.') + 1) + "A".repeat(43);
        browser.open(forged);
        assertThat(browser.waitFor(By.id("unsubscribe-invalid")).getText()).contains("Nothing was changed");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("This unsubscribe link is not valid");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void aMarketerUnsubscribesAndResubscribesAChannelOnTheCustomerPageAndSeesTheHistory() throws SQLException {
        String city = "Page-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection()) {
            ConsentData.customer(c, city, 0, "+91 98000 22222", "meera.nair@example.in");
        }
        String id = city + "-0";
        authed().body("{\"sms\": \"unsubscribed\"}").patch("/api/v1/customers/" + id + "/subscriptions").then().statusCode(200);
        SignIn.asMarketer(browser, "/customers/" + id);

        browser.waitFor(By.id("subscriptions"));
        assertThat(badge("SMS")).isEqualTo("unsubscribed");
        assertThat(badge("EMAIL")).isEqualTo("subscribed");
        assertThat(historyRows()).hasSize(1);

        browser.find(By.id("toggle-EMAIL")).click();

        assertThat(browser.waitFor(By.id("subscription-changed")).getText()).contains("E-mail subscription changed");
        assertThat(badge("EMAIL")).isEqualTo("unsubscribed");
        assertThat(browser.find(By.id("subscription-EMAIL")).getText()).contains("marketer").contains(SignIn.MARKETER_EMAIL);
        List<WebElement> history = historyRows();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getText()).contains("E-mail").contains("unsubscribed").contains("marketer").contains(SignIn.MARKETER_EMAIL);
        assertThat(history.get(1).getText()).contains("SMS").contains("api");
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "customer-subscriptions");
        JsonPath email = email(id);
        assertThat(email.getString("status")).isEqualTo("unsubscribed");
        assertThat(email.getString("source")).isEqualTo("marketer");
        assertThat(email.getString("changedBy")).isEqualTo(SignIn.MARKETER_EMAIL);

        browser.find(By.id("toggle-EMAIL")).click();
        browser.waitUntil(d -> "subscribed".equals(badge("EMAIL")));
        assertThat(historyRows()).hasSize(3);
        assertThat(email(id).getString("status")).isEqualTo("subscribed");

        // the form is a form like any other: without the CSRF token the session's post is refused and changes nothing
        given().redirects().follow(false).header("Cookie", cookieHeader()).contentType("application/x-www-form-urlencoded")
                .formParam("channel", "EMAIL").formParam("status", "unsubscribed")
                .post("/customers/" + id + "/subscriptions").then().statusCode(400);
        assertThat(email(id).getString("status")).isEqualTo("subscribed");
    }

    private String badge(String channel) {
        return browser.find(By.cssSelector("#subscription-" + channel + " .badge")).getText();
    }

    private List<WebElement> historyRows() {
        return browser.driver().findElements(By.cssSelector("#subscription-history tbody tr"));
    }

    private static io.restassured.specification.RequestSpecification authed() {
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON);
    }

    private static long launchEmail(String city) {
        return authed().body("""
                        {"name": "Browser %1$s", "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%1$s"}]},
                         "template": "Hi {{first_name|there}}! Unsubscribe: {{unsubscribe_url}}", "channel": "EMAIL", "subject": "Offers"}
                        """.formatted(city))
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String linkOfFirstMessage(long campaign) {
        String[] message = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement st = c.prepareStatement("SELECT message FROM communication_log WHERE campaign_id = ?")) {
                st.setLong(1, campaign);
                try (ResultSet rs = st.executeQuery()) {
                    message[0] = rs.next() ? rs.getString(1) : null;
                }
            }
            return message[0] != null;
        });
        Matcher m = PATH.matcher(message[0]);
        assertThat(m.find()).as(message[0]).isTrue();
        return m.group(1);
    }

    private static JsonPath email(String externalId) {
        return authed().get("/api/v1/customers/" + externalId).then().statusCode(200).extract().jsonPath()
                .setRootPath("subscriptions.email");
    }
}
