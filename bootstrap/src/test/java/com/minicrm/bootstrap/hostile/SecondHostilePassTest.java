package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.minicrm.application.port.in.ManageApiKeysUseCase;
import com.minicrm.domain.apikey.ApiKeyScope;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the second hostile pass found, each refused as a named problem now, never a 500 or a silent reading. */
@QuarkusTest
class SecondHostilePassTest {
    private static final String KEY = "Bearer test-api-key";
    private static final String RULE = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"visits\",\"operator\":\">=\",\"value\":0}]}";

    @Inject
    ManageApiKeysUseCase keys;

    @Test
    void anEmptyContentTypeIs415NotA500EvenWhereNoKeyIsNeeded() {
        for (String path : new String[] {"/api/v1/delivery-receipts", "/api/v1/customers", "/local-oidc/authorize", "/vendor/v1/messages"}) {
            given().header("Authorization", KEY).header("Content-Type", "").body("{}").post(path).then()
                    .statusCode(415).contentType("application/problem+json");
        }
    }

    @Test
    void aManageOnlyKeyReadsNoCustomerThroughThePreviewOrTheLookalike() {
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
        given().get("/static/app.css").then().statusCode(200).header("Cache-Control", nullValue());
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
