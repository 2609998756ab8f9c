package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in with the real code flow, who may, what the APIs say to a browser session, and signing out. */
@QuarkusTest
class SignInBrowserTest extends BrowserTest {
    @Inject
    DataSource dataSource;

    @Test
    void aPageRequestWithoutSessionGoesToTheSignInPageAndBackAfterSigningIn() {
        browser.open("/?from=test");
        browser.waitFor(By.id("email"));
        assertThat(browser.path()).startsWith("/local-oidc/authorize?response_type=code&client_id=mini-crm");
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "sign-in");

        SignIn.fillIn(browser, SignIn.MARKETER_NAME, SignIn.MARKETER_EMAIL);

        browser.waitUntil(d -> browser.path().equals("/?from=test"));
        assertThat(browser.find(By.cssSelector(".usermenu .username")).getText()).isEqualTo(SignIn.MARKETER_NAME);
    }

    @Test
    void signingInRecordsTheMarketer() throws SQLException {
        SignIn.as(browser, "/", "Ravi Kumar", "Ravi.Kumar@Example.com");

        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT name, first_seen_at, last_seen_at FROM app_user WHERE email = ?")) {
            s.setString(1, "ravi.kumar@example.com");
            try (ResultSet rows = s.executeQuery()) {
                assertThat(rows.next()).as("a row for the signed-in marketer").isTrue();
                assertThat(rows.getString("name")).isEqualTo("Ravi Kumar");
                assertThat(rows.getTimestamp("first_seen_at")).isNotNull();
                assertThat(rows.getTimestamp("last_seen_at")).isNotNull();
            }
        }
    }

    @Test
    void anApiCallWithoutCredentialsGets401NeverARedirect() {
        given().redirects().follow(false).get("/api/v1/campaigns").then().statusCode(401);
        given().redirects().follow(false).header("HX-Request", "true").get("/customers").then().statusCode(401);
        given().redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", startsWith(browser.baseUrl() + "/local-oidc/authorize"));
    }

    @Test
    void theBrowserSessionOpensTheJsonApisAndUnsafeCallsNeedTheCsrfToken() {
        SignIn.asMarketer(browser, "/");
        String cookies = cookieHeader();
        String rule = "{\"rule\": {\"combinator\": \"and\", \"rules\": [{\"field\": \"visits\", \"operator\": \">=\", \"value\": 0}]}}";

        given().header("Cookie", cookies).get("/api/v1/campaigns").then().statusCode(200);
        given().header("Cookie", cookies).contentType("application/json").body(rule)
                .post("/api/v1/segments/preview").then().statusCode(403);
        given().header("Cookie", cookies).header("X-CSRF-TOKEN", "forged").contentType("application/json").body(rule)
                .post("/api/v1/segments/preview").then().statusCode(403);
        given().header("Cookie", cookies).header("X-CSRF-TOKEN", cookie("csrf-token")).contentType("application/json")
                .body(rule).post("/api/v1/segments/preview").then().statusCode(200).body("audienceSize", greaterThanOrEqualTo(0));
    }

    @Test
    void someoneOutsideTheAllowedDomainsSeesTheNotAllowedPageAndTheApisRefuseTheirSession() {
        SignIn.as(browser, "/", "Eve", "eve@gmail.com");

        browser.waitUntil(d -> browser.path().startsWith("/not-allowed"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("This account may not use Mini CRM");
        assertThat(browser.find(By.tagName("main")).getText()).contains("eve@gmail.com");
        assertThat(browser.driver().findElements(By.cssSelector("nav.mainnav"))).isEmpty();
        Accessibility.assertNoSeriousViolations(browser);
        Screenshots.take(browser, "not-allowed");
        given().header("Cookie", cookieHeader()).get("/api/v1/campaigns").then().statusCode(401);
    }

    @Test
    void signingOutEndsTheSession() {
        SignIn.asMarketer(browser, "/");
        String session = cookieHeader();

        SignIn.out(browser);

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("You are signed out");
        Accessibility.assertNoSeriousViolations(browser);
        browser.open("/");
        browser.waitFor(By.id("email"));
        assertThat(browser.path()).startsWith("/local-oidc/authorize");
        given().header("Cookie", cookieHeader()).get("/api/v1/campaigns").then().statusCode(401);
        assertThat(session).contains("q_session");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        given().redirects().follow(false).get("/sign-out/done").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }
}
