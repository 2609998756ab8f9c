package com.minicrm.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local OIDC provider refuses what a real provider would refuse. */
@QuarkusTest
class LocalOidcProviderTest {
    @Test
    void discoveryNamesTheEndpointsAndRs256() {
        given().get("/local-oidc/.well-known/openid-configuration").then().statusCode(200)
                .body("issuer", endsWith("/local-oidc"))
                .body("token_endpoint", endsWith("/local-oidc/token"))
                .body("id_token_signing_alg_values_supported", hasItem("RS256"));
        given().get("/local-oidc/jwks").then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"));
    }

    @Test
    void theTokenEndpointRefusesAWrongClientSecretAndAnUnknownCode() {
        given().auth().preemptive().basic("mini-crm", "wrong").formParam("grant_type", "authorization_code")
                .formParam("code", "x").formParam("redirect_uri", "http://localhost/sign-in/callback")
                .post("/local-oidc/token").then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void theAuthorizationEndpointNeverRedirectsToAnotherSite() {
        given().redirects().follow(false)
                .queryParam("response_type", "code").queryParam("client_id", "mini-crm")
                .queryParam("redirect_uri", "https://evil.example/steal").queryParam("state", "s")
                .get("/local-oidc/authorize").then().statusCode(400);
        given().redirects().follow(false)
                .queryParam("response_type", "code").queryParam("client_id", "someone-else")
                .queryParam("redirect_uri", "http://localhost:8191/sign-in/callback")
                .get("/local-oidc/authorize").then().statusCode(400);
    }

    @Test
    void theAuthorizationEndpointRedirectsOnlyToTheSignInCallbackItself() {
        String origin = "http://localhost:" + io.restassured.RestAssured.port;
        for (String elsewhere : List.of(origin + "/sign-in/callback/../../customers", origin + "/sign-in/callbackx",
                origin + "/sign-in/callback?next=/x", origin + "/other")) {
            int status = given().redirects().follow(false)
                    .queryParam("response_type", "code").queryParam("client_id", "mini-crm")
                    .queryParam("redirect_uri", elsewhere).queryParam("state", "s")
                    .get("/local-oidc/authorize").statusCode();
            org.assertj.core.api.Assertions.assertThat(status).as(elsewhere).isEqualTo(400);
        }
        given().redirects().follow(false)
                .queryParam("response_type", "code").queryParam("client_id", "mini-crm")
                .queryParam("redirect_uri", origin + "/sign-in/callback").queryParam("state", "s")
                .get("/local-oidc/authorize").then().statusCode(200);
    }
}
