package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form field longer than Vert.x's 2 KB default reaches the page, which refuses it as it refuses any bad value. */
@QuarkusTest
class FormFieldLimitsTest {
    @Test
    void anApiKeyNameOf4000CharactersIsRefusedOnTheSettingsPage() throws Exception {
        PageSession session = PageSession.signIn();
        session.get("/settings");

        HttpResponse<String> answer = session.postForm("/settings/api-keys", Map.of("name", "k".repeat(4000), "scopes", "read"));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(answer.body()).contains("1 to 100 visible characters");
    }

    @Test
    void aDemoSizeOf5000DigitsIsRefusedOnTheDemoPage() throws Exception {
        PageSession session = PageSession.signIn();
        session.get("/demo");

        HttpResponse<String> answer = session.postForm("/demo", Map.of("customers", "9".repeat(5000)));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Choose one of the offered sizes.");
    }

    @Test
    void aLongCodeAtTheLocalTokenEndpointGetsAnOAuthErrorNotAServerError() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code").formParam("code", "c".repeat(2100))
                .post("/local-oidc/token").then().statusCode(401)
                .body(containsString("invalid_client")).body(not(containsString("Internal Server Error")));
    }
}
