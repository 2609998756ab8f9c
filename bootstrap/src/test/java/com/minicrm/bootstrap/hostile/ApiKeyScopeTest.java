package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.minicrm.application.port.in.ManageApiKeysUseCase;
import com.minicrm.domain.apikey.ApiKeyScope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A key can do what its scopes allow and nothing else: a key minted for ingestion cannot read
 * customers, build audiences or touch campaigns, and each refusal is a 403 that names the scope.
 */
@QuarkusTest
class ApiKeyScopeTest {
    private static final String RULE = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"visits\",\"operator\":\">=\",\"value\":0}]}";
    private static final String SEGMENT = "{\"name\":\"scoped\",\"rule\":" + RULE + "}";
    private static final String CAMPAIGN = "{\"name\":\"scoped\",\"rule\":" + RULE + ",\"template\":\"Hi {{first_name}}\",\"channel\":\"SMS\"}";

    @Inject
    ManageApiKeysUseCase keys;

    private String key(ApiKeyScope... scopes) {
        return keys.issue("scope test", EnumSet.copyOf(List.of(scopes)), "tester@example.com").plainValue();
    }

    @Test
    void anIngestKeyIngestsButCannotReadCustomersOrManageAudiencesOrCampaigns() {
        String ingest = key(ApiKeyScope.INGEST);

        call(ingest, "POST", "/api/v1/customers", "{\"externalId\":\"scope-1\",\"name\":\"Scope\",\"email\":\"s@example.in\"}")
                .statusCode(202);
        refused(call(ingest, "GET", "/api/v1/customers", null), "read");
        refused(call(ingest, "GET", "/api/v1/customers/scope-1", null), "read");
        refused(call(ingest, "GET", "/api/v1/segments", null), "read");
        refused(call(ingest, "POST", "/api/v1/segments/preview", "{\"rule\":" + RULE + "}"), "read");
        refused(call(ingest, "POST", "/api/v1/segments", SEGMENT), "manage");
        refused(call(ingest, "DELETE", "/api/v1/segments/1", null), "manage");
        refused(call(ingest, "GET", "/api/v1/campaigns", null), "read");
        refused(call(ingest, "POST", "/api/v1/campaigns", CAMPAIGN), "manage");
        refused(call(ingest, "POST", "/api/v1/campaigns/1/cancel", null), "manage");
        refused(call(ingest, "POST", "/api/v1/ai/segment-rules", "{\"text\":\"customers from Pune\"}"), "manage");
    }

    @Test
    void aReadKeyReadsButCannotWriteAnything() {
        String read = key(ApiKeyScope.READ);

        call(read, "GET", "/api/v1/customers", null).statusCode(200);
        call(read, "GET", "/api/v1/segments", null).statusCode(200);
        call(read, "GET", "/api/v1/campaigns", null).statusCode(200);
        call(read, "POST", "/api/v1/segments/preview", "{\"rule\":" + RULE + "}").statusCode(200);
        refused(call(read, "POST", "/api/v1/customers", "{\"externalId\":\"scope-2\",\"name\":\"Scope\"}"), "ingest");
        refused(call(read, "POST", "/api/v1/segments", SEGMENT), "manage");
        refused(call(read, "POST", "/api/v1/campaigns", CAMPAIGN), "manage");
    }

    @Test
    void aManageKeyBuildsSegmentsAndUsesTheAiButReadsOnlyWithTheReadScopeToo() {
        String manage = key(ApiKeyScope.MANAGE);
        call(manage, "POST", "/api/v1/segments", SEGMENT).statusCode(201);
        call(manage, "POST", "/api/v1/ai/segment-rules", "{\"text\":\"customers from Pune\"}").statusCode(200);
        refused(call(manage, "GET", "/api/v1/segments", null), "read");

        String both = key(ApiKeyScope.READ, ApiKeyScope.MANAGE);
        call(both, "GET", "/api/v1/segments", null).statusCode(200);
    }

    @Test
    void metricsNeedTheReadScopeAndTwoAuthorizationHeadersAreRefused() {
        given().header("Authorization", "Bearer " + key(ApiKeyScope.INGEST)).get("/q/metrics").then().statusCode(403);
        given().header("Authorization", "Bearer " + key(ApiKeyScope.READ)).get("/q/metrics").then().statusCode(200);
        String ingest = key(ApiKeyScope.INGEST);
        given().header("Authorization", "Bearer " + ingest).header("Authorization", "Bearer not-a-key")
                .contentType(ContentType.JSON).body("{\"externalId\":\"scope-3\"}").post("/api/v1/customers").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-key").header("Authorization", "Bearer " + ingest)
                .contentType(ContentType.JSON).body("{\"externalId\":\"scope-3\"}").post("/api/v1/customers").then().statusCode(401);
    }

    @Test
    void newKeysGetTheIngestScopeAloneUnlessToldOtherwise() {
        var issued = keys.issue("default scopes", Set.of(), "tester@example.com");
        assertThat(issued.key().scopes()).containsExactly(ApiKeyScope.INGEST);
        assertThat(issued.key().createdBy()).isEqualTo("tester@example.com");
    }

    @Test
    void theApiDocumentNamesTheScopeOfEveryOperation() {
        JsonPath api = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(api.getList("paths.'/api/v1/customers'.post.security.apiKey.flatten()")).containsExactly("ingest");
        assertThat(api.getList("paths.'/api/v1/customers'.get.security.apiKey.flatten()")).containsExactly("read");
        assertThat(api.getList("paths.'/api/v1/segments'.post.security.apiKey.flatten()")).containsExactly("manage");
        assertThat(api.getList("paths.'/api/v1/segments'.get.security.apiKey.flatten()")).containsExactly("read");
        assertThat(api.getList("paths.'/api/v1/campaigns'.post.security.apiKey.flatten()")).containsExactly("manage");
        assertThat(api.getList("paths.'/api/v1/ai/lookalike'.post.security.apiKey.flatten()")).containsExactly("manage");
    }

    private static ValidatableResponse call(String key, String method, String path, String body) {
        var request = given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.request(method, path).then();
    }

    private static void refused(ValidatableResponse response, String scope) {
        response.statusCode(403).contentType("application/problem+json").body("status", equalTo(403))
                .body("detail", containsString("'" + scope + "' scope"));
    }
}
