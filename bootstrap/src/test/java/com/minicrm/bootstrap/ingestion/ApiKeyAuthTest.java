package com.minicrm.bootstrap.ingestion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.minicrm.application.port.in.ManageApiKeysUseCase;
import com.minicrm.domain.apikey.ApiKeyScope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ingestion needs a live API key; keys are checked by hash and can be revoked. */
@QuarkusTest
class ApiKeyAuthTest {
    private static final String CUSTOMER = "{\"externalId\": \"auth-1\", \"name\": \"Auth\"}";

    @Inject
    ManageApiKeysUseCase keys;

    @Test
    void withoutAKeyTheApiAnswers401() {
        given().contentType(ContentType.JSON).body(CUSTOMER).post("/api/v1/customers").then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
        given().get("/api/v1/customers/auth-1").then().statusCode(401);
    }

    @Test
    void anUnknownKeyIsRejected() {
        given().header("Authorization", "Bearer not-a-real-key").contentType(ContentType.JSON).body(CUSTOMER)
                .post("/api/v1/customers").then().statusCode(401).body("status", equalTo(401));
    }

    @Test
    void anIssuedKeyWorksUntilItIsRevoked() {
        var issued = keys.issue("test brand", Set.of(ApiKeyScope.INGEST), "tester@example.in");
        sendWith(issued.plainValue()).statusCode(202);

        keys.revoke(issued.key().id().orElseThrow());

        sendWith(issued.plainValue()).statusCode(401);
    }

    @Test
    void onlyTheHashOfAnIssuedKeyIsStored() {
        var issued = keys.issue("hash check", Set.of(ApiKeyScope.INGEST), null);
        var stored = keys.list().stream().filter(k -> k.id().equals(issued.key().id())).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(stored.hash().hex()).hasSize(64).isNotEqualTo(issued.plainValue());
        org.assertj.core.api.Assertions.assertThat(issued.plainValue()).startsWith(stored.prefix());
    }

    private static io.restassured.response.ValidatableResponse sendWith(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(CUSTOMER)
                .post("/api/v1/customers").then();
    }
}
