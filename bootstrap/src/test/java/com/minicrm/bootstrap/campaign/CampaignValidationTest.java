package com.minicrm.bootstrap.campaign;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.authed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Bad campaign requests get a problem document naming the field, never a server error. */
@QuarkusTest
class CampaignValidationTest {

    @Test
    void anUnknownPlaceholderIsRejectedByName() {
        authed().body("""
                        {"name": "x", "rule": {"combinator": "and", "rules": [{"field": "visits", "operator": ">", "value": 1}]},
                         "template": "Hi {{nickname}}", "channel": "SMS"}""")
                .post("/api/v1/campaigns")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("template"))
                .body("errors.message", hasItem("unknown placeholder {{nickname}}"));
    }

    @Test
    void anInvalidRuleIsRejectedWithThePathOfTheProblem() {
        authed().body("""
                        {"name": "x", "rule": {"combinator": "and", "rules": [{"field": "shoe_size", "operator": "=", "value": 9}]},
                         "template": "Hi", "channel": "SMS"}""")
                .post("/api/v1/campaigns")
                .then()
                .statusCode(422)
                .body("errors.field[0]", org.hamcrest.Matchers.startsWith("rule.rules[0]"));
    }

    @Test
    void anUnknownSegmentIsRejected() {
        authed().body("""
                        {"name": "x", "segmentId": 987654321, "template": "Hi", "channel": "EMAIL"}""")
                .post("/api/v1/campaigns")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("segmentId"));
    }

    @Test
    void badPagingAndStatusFiltersAreRejected() {
        authed().get("/api/v1/campaigns?page=abc").then().statusCode(422).body("errors.field", hasItem("page"));
        authed().get("/api/v1/campaigns?size=5000").then().statusCode(422).body("errors.field", hasItem("size"));
    }

    @Test
    void aMissingCampaignIs404() {
        authed().get("/api/v1/campaigns/987654321").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void campaignsNeedAnApiKey() {
        given().get("/api/v1/campaigns").then().statusCode(401);
    }
}
