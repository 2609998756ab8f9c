package com.minicrm.bootstrap.hostile;

import static com.minicrm.bootstrap.hostile.Bodies.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the HTTP layer answers by itself: security headers on everything, and problems for refusals. */
@QuarkusTest
class HttpEdgeTest {
    @Test
    void everyResponseCarriesTheSecurityHeadersIncludingQuarkusOwnAndStaticFiles() {
        for (String path : List.of("/q/swagger-ui/", "/q/openapi", "/q/health", "/q/health/ready", "/static/app.css",
                "/favicon.ico", "/api/v1/customers", "/api/v1/no-such-thing", "/local-oidc/.well-known/openid-configuration")) {
            Response response = given().redirects().follow(false).get(path);
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            String policy = response.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
            if (path.startsWith("/q/swagger-ui")) {
                assertThat(policy).as(path).contains("script-src 'self' 'unsafe-inline'");
            } else {
                assertThat(policy).as(path).doesNotContain("unsafe-inline");
            }
        }
    }

    @Test
    void swaggerUiDoesNotKeepTheApiKeyInTheBrowser() {
        String page = given().get("/q/swagger-ui/index.html").then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("persistAuthorization: true").doesNotContain("persistAuthorization:true");
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedAsAProblemBeforeItIsRead() throws Exception {
        for (String path : List.of("/api/v1/customers/batch", "/api/v1/segments", "/campaigns/new")) {
            String response = RawHttp.announce(path, "application/json", 5L * 1024 * 1024);
            assertThat(RawHttp.status(response)).as(path).isEqualTo(413);
            assertThat(response).as(path).containsIgnoringCase("Content-Type: " + PROBLEM).contains("\"status\":413")
                    .contains("Content-Security-Policy");
        }
    }
}
