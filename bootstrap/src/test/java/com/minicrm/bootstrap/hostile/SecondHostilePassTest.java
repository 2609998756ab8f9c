package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import com.minicrm.application.port.in.ManageApiKeysUseCase;
import com.minicrm.domain.apikey.ApiKeyScope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the second hostile pass found, each refused as a named problem now, never a 500 or a silent reading. */
@QuarkusTest
class SecondHostilePassTest {
    private static final String KEY = "Bearer test-api-key";
    /** Customers of one test city: half of them the seed, so the lookalike has others to rank. */
    private static final String CITY = "Hostilepur-" + java.util.UUID.randomUUID().toString().substring(0, 6);
    private static final String RULE = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"" + CITY + "\"}]}";

    @Inject
    ManageApiKeysUseCase keys;

    @Test
    void anEmptyContentTypeIs415NotA500EvenWhereNoKeyIsNeeded() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/api/v1/delivery-receipts", "/api/v1/customers", "/local-oidc/authorize", "/vendor/v1/messages"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                    .header("Authorization", KEY).header("Content-Type", " ").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
        }
    }

    @Test
    void aManageOnlyKeyReadsNoCustomerThroughThePreviewOrTheLookalike() {
        for (int i = 0; i < 6; i++) {
            given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"externalId\":\"" + CITY + "-" + i
                    + "\",\"name\":\"Look " + i + "\",\"city\":\"" + (i < 3 ? CITY : "Elsewhere") + "\"}").post("/api/v1/customers")
                    .then().statusCode(202);
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).ignoreExceptions().until(() -> given()
                .header("Authorization", KEY).get("/api/v1/customers/" + CITY + "-5").statusCode() == 200);
        String manage = keys.issue("manage only", Set.of(ApiKeyScope.MANAGE), "tester@example.com").plainValue();
        given().header("Authorization", "Bearer " + manage).contentType(ContentType.JSON)
                .body("{\"template\":\"{{name}} {{email}}\"}").post("/api/v1/campaigns/message-preview").then()
                .statusCode(403).body("detail", containsString("'read' scope"));
        given().header("Authorization", "Bearer " + manage).contentType(ContentType.JSON).body("{\"rule\":" + RULE + "}")
                .post("/api/v1/ai/lookalike").then().statusCode(200).body("sample", empty());
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"rule\":" + RULE + "}")
                .post("/api/v1/ai/lookalike").then().statusCode(200).body("sample", not(empty()));
    }

    @Test
    void jsonMustBeUtf8WithEachKeyOnceAndNumbersAsNumbers() {
        byte[] utf16 = withBom("{\"externalId\":\"bom16-1\",\"name\":\"Sixteen\"}");
        given().header("Authorization", KEY).contentType("application/json").body(utf16).post("/api/v1/customers").then()
                .statusCode(400).contentType("application/problem+json");
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"externalId\":\"dup-1\",\"externalId\":\"dup-2\"}")
                .post("/api/v1/customers").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body("{\"externalId\":\"o-typ\",\"customerExternalId\":\"c-typ\",\"amount\":\"12.50\",\"orderedAt\":\"2025-03-01T18:30:00Z\"}")
                .post("/api/v1/orders").then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("amount"));
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"campaignId\":6.9}")
                .post("/api/v1/ai/lookalike").then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("campaignId"));
    }

    @Test
    void aBodyOfTheWrongShapeNamesNoJavaType() {
        String detail = given().header("Authorization", KEY).contentType(ContentType.JSON).body("[]").post("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json").extract().path("detail");
        assertThat(detail).doesNotContain("com.minicrm").doesNotContain("Cannot deserialize").contains("must be a JSON object");
    }

    @Test
    void textOfMarksThatDrawNothingIsMissing() {
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"externalId\":\"blank-mark\",\"name\":\"\\u034f\\u034f\"}")
                .post("/api/v1/customers").then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("name"));
    }

    @Test
    void answersWithCustomerDataAreNeverStoredInCachesButStaticFilesMayBe() {
        given().header("Authorization", KEY).get("/api/v1/customers?size=1").then().statusCode(200).header("Cache-Control", "no-store");
        given().get("/static/app.css").then().statusCode(200).header("Cache-Control", not(containsString("no-store")));
    }

    private static byte[] withBom(String json) {
        ByteBuffer bytes = StandardCharsets.UTF_16LE.encode(json);
        byte[] body = new byte[bytes.remaining() + 2];
        body[0] = (byte) 0xFF;
        body[1] = (byte) 0xFE;
        bytes.get(body, 2, bytes.remaining());
        return body;
    }
}
