package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.minicrm.application.port.in.ManageApiKeysUseCase;
import com.minicrm.bootstrap.web.BrowserTest;
import com.minicrm.bootstrap.web.SignIn;
import com.minicrm.domain.apikey.ApiKeyScope;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A session cookie is only as good as the session the server still holds: after sign-out, or after
 * too long idle, a saved copy opens no page and no API. An Authorization header is decided on its
 * own: a wrong one is refused, never replaced by the session cookie sent alongside, and it is no
 * way around the CSRF check.
 */
@QuarkusTest
class SessionAndAuthorizationBrowserTest extends BrowserTest {
    private static final String PREVIEW = "{\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"visits\",\"operator\":\">=\",\"value\":0}]}}";

    @Inject
    DataSource dataSource;

    @Inject
    ManageApiKeysUseCase keys;

    @Test
    void aSessionCookieSavedBeforeSignOutOpensNothingAfterIt() {
        SignIn.asMarketer(browser, "/customers");
        String saved = cookieHeader();
        given().redirects().follow(false).header("Cookie", saved).get("/customers").then().statusCode(200);
        given().header("Cookie", saved).get("/api/v1/segments").then().statusCode(200);

        SignIn.out(browser);

        given().redirects().follow(false).header("Cookie", saved).get("/customers").then().statusCode(302)
                .header("Location", startsWith(browser.baseUrl() + "/local-oidc/authorize"));
        given().header("Cookie", saved).get("/api/v1/segments").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aSessionIdleForLongerThanTheTimeoutIsSignedOut() throws SQLException {
        SignIn.asMarketer(browser, "/customers");
        String saved = cookieHeader();
        given().header("Cookie", saved).get("/api/v1/segments").then().statusCode(200);

        idleEverySessionOf(SignIn.MARKETER_EMAIL);

        given().header("Cookie", saved).get("/api/v1/segments").then().statusCode(401);
        given().redirects().follow(false).header("Cookie", saved).get("/customers").then().statusCode(302);
    }

    @Test
    void anAuthorizationHeaderThatIsNotAValidKeyIsRefusedNeverSwappedForTheSession() {
        SignIn.asMarketer(browser, "/");
        String session = cookieHeader();
        String csrf = cookie("csrf-token");

        given().header("Cookie", session).header("Authorization", "Basic YXNoYTpwYXNz").contentType("application/json")
                .body(PREVIEW).post("/api/v1/segments/preview").then().statusCode(401);
        given().header("Cookie", session).header("Authorization", "Bearer not-a-key").get("/api/v1/segments").then()
                .statusCode(401);
        given().header("Cookie", session).header("Authorization", "Basic YXNoYTpwYXNz").header("X-CSRF-TOKEN", csrf)
                .contentType("application/json").body(PREVIEW).post("/api/v1/segments/preview").then().statusCode(401);
        // A valid key is the identity, with its own scopes, whatever session rides along.
        String ingestOnly = keys.issue("auth test", Set.of(ApiKeyScope.INGEST), "tester@example.com").plainValue();
        given().header("Cookie", session).header("Authorization", "Bearer " + ingestOnly).get("/api/v1/segments").then()
                .statusCode(403);
        // And the session alone still needs its CSRF token for an unsafe call.
        given().header("Cookie", session).contentType("application/json").body(PREVIEW).post("/api/v1/segments/preview").then()
                .statusCode(403).contentType("application/problem+json");
        // A session is told that the operation takes a key, not that "this API key" lacks a scope.
        given().header("Cookie", session).header("X-CSRF-TOKEN", csrf).contentType("application/json")
                .body("{\"externalId\":\"c\"}").post("/api/v1/customers").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.startsWith("Signed-in marketers may not use this operation"));
        given().header("Cookie", session).header("X-CSRF-TOKEN", csrf).contentType("application/json").body(PREVIEW)
                .post("/api/v1/segments/preview").then().statusCode(200);
    }

    /** Moves the sessions' last activity an hour back, as if the marketer had walked away. */
    private void idleEverySessionOf(String email) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "UPDATE marketer_session SET last_seen_at = last_seen_at - INTERVAL 1 HOUR WHERE email = ? AND ended_at IS NULL")) {
            st.setString(1, email);
            assertThat(st.executeUpdate()).as("a live session of " + email).isPositive();
        }
    }

    @Test
    void signOutRedirectsOnTheAppsOwnAddressWhateverHostTheRequestNames() {
        SignIn.asMarketer(browser, "/");
        given().redirects().follow(false).header("Cookie", cookieHeader()).header("Host", "evil.example")
                .formParam("csrf-token", cookie("csrf-token")).post("/sign-out").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("evil.example")));
    }
}
