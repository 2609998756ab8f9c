package com.minicrm.bootstrap.consent;

import static com.minicrm.bootstrap.consent.EmailLinks.authed;
import static com.minicrm.bootstrap.consent.EmailLinks.email;
import static com.minicrm.bootstrap.consent.EmailLinks.launchEmail;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.bootstrap.web.Accessibility;
import com.minicrm.bootstrap.web.BrowserTest;
import com.minicrm.bootstrap.web.Screenshots;
import com.minicrm.bootstrap.web.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A customer unsubscribes through their e-mail's link in a real browser; a marketer changes subscriptions on the customer page. */
@QuarkusTest
class UnsubscribeBrowserTest extends BrowserTest {
    @Inject
    DataSource dataSource;

    @Test
    void theConfirmPageUnsubscribesWithOneButtonAndAForgedLinkSaysItIsNotValid() throws SQLException {
        String city = EmailLinks.city("Click");
        try (Connection c = dataSource.getConnection()) {
            ConsentData.customer(c, city, 0, "+91 98000 11111", "mohit.sharma@example.in");
        }
        String link = EmailLinks.link(EmailLinks.messages(dataSource,
                launchEmail(city, "Hi {{first_name|there}}! Unsubscribe: {{unsubscribe_url}}"), 1).get(0)).group(2);

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
        String city = EmailLinks.city("Page");
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
}
