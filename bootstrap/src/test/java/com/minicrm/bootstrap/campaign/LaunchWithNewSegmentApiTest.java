package com.minicrm.bootstrap.campaign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/v1/campaigns with "segment" saves the segment and the campaign together, or neither. */
@QuarkusTest
class LaunchWithNewSegmentApiTest {
    private static final String RULE = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"Nowhere-"
            + UUID.randomUUID() + "\"}]}";

    private static String body(String name, String template) {
        return "{\"name\":\"" + name + "\",\"rule\":" + RULE + ",\"segment\":{\"name\":\"" + name + "\",\"description\":\"test\"},"
                + "\"template\":\"" + template + "\",\"channel\":\"SMS\"}";
    }

    private static List<String> segmentNames() {
        return given().header("Authorization", "Bearer test-api-key").get("/api/v1/segments").then().statusCode(200)
                .extract().jsonPath().getList("name");
    }

    @Test
    void aTemplateErrorSavesNeitherTheSegmentNorTheCampaign() {
        String name = "Atomic " + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON)
                .body(body(name, "Hi {{first_nme}}"))
                .post("/api/v1/campaigns").then().statusCode(422).body("errors.field", hasItem("template"));

        assertThat(segmentNames()).doesNotContain(name);
    }

    @Test
    void aValidLaunchSavesTheSegmentAndTargetsIt() {
        String name = "Atomic " + UUID.randomUUID().toString().substring(0, 8);
        long segmentId = given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON)
                .body(body(name, "Hi {{first_name|there}}"))
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("segmentId");

        assertThat(given().header("Authorization", "Bearer test-api-key").get("/api/v1/segments/" + segmentId).then()
                .extract().jsonPath().getString("name")).isEqualTo(name);
    }
}
