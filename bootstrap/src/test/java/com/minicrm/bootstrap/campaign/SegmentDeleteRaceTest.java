package com.minicrm.bootstrap.campaign;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.authed;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A campaign or segment write racing the segment's delete is answered as if it came just before or
 * just after the delete (404/409/422 naming segmentId), never with a 500 or a half write.
 */
@QuarkusTest
class SegmentDeleteRaceTest {
    private static final int ROUNDS = 16;
    private static final String RULE = "{\"combinator\": \"and\", \"rules\": [{\"field\": \"visits\", \"operator\": \">\", \"value\": 3}]}";

    private static long newSegment(String name) {
        return authed().body("{\"name\": \"" + name + "\", \"rule\": " + RULE + "}").post("/api/v1/segments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String campaignBody(String name, long segmentId) {
        return """
                {"name": "%s", "segmentId": %d, "template": "Hi {{first_name|there}}", "channel": "SMS", "scheduledAt": "%s"}
                """.formatted(name, segmentId, Instant.now().plusSeconds(86_400));
    }

    @Test
    void aCampaignCreatedWhileItsSegmentIsDeletedIsEitherStoredOrRefusedNamingTheSegment() {
        for (int round = 0; round < ROUNDS; round++) {
            String name = "Race create " + round;
            long segment = newSegment(name);
            Response[] answers = race(
                    () -> authed().body(campaignBody(name, segment)).post("/api/v1/campaigns"),
                    () -> authed().delete("/api/v1/segments/" + segment));
            Response create = answers[0];
            Response delete = answers[1];
            if (create.statusCode() == 201) {
                assertThat(delete.statusCode()).as("round %d: the campaign holds the segment", round).isEqualTo(409);
                assertThat(create.jsonPath().getLong("segmentId")).isEqualTo(segment);
            } else {
                assertThat(create.statusCode()).as("round %d: %s", round, create.asString()).isEqualTo(422);
                assertThat(create.jsonPath().getList("errors.field")).containsExactly("segmentId");
                assertThat(delete.statusCode()).as("round %d", round).isEqualTo(204);
            }
        }
    }

    @Test
    void aScheduledCampaignMovedOntoASegmentBeingDeletedIsEitherMovedOrRefusedNamingTheSegment() {
        for (int round = 0; round < ROUNDS; round++) {
            String city = CampaignFixtures.uniqueCity();
            long campaign = CampaignFixtures.launchForCity(city, Instant.now().plusSeconds(86_400));
            String name = "Race edit " + round;
            long segment = newSegment(name);
            Response[] answers = race(
                    () -> authed().body(campaignBody(name, segment)).put("/api/v1/campaigns/" + campaign),
                    () -> authed().delete("/api/v1/segments/" + segment));
            Response edit = answers[0];
            Response delete = answers[1];
            var stored = CampaignFixtures.campaign(campaign);
            if (edit.statusCode() == 200) {
                assertThat(delete.statusCode()).as("round %d", round).isEqualTo(409);
                assertThat(stored.getLong("segmentId")).isEqualTo(segment);
            } else {
                assertThat(edit.statusCode()).as("round %d: %s", round, edit.asString()).isEqualTo(422);
                assertThat(edit.jsonPath().getList("errors.field")).containsExactly("segmentId");
                assertThat(delete.statusCode()).as("round %d", round).isEqualTo(204);
                assertThat(stored.getString("name")).as("nothing of the refused edit is kept").isEqualTo("Test " + city);
            }
        }
    }

    @Test
    void aSegmentChangedWhileItIsDeletedIsEitherChangedThenDeletedOrNotFound() {
        for (int round = 0; round < ROUNDS; round++) {
            long segment = newSegment("Race put " + round);
            String renamed = "{\"name\": \"Renamed " + round + "\", \"rule\": " + RULE + "}";
            Response[] answers = race(
                    () -> authed().body(renamed).put("/api/v1/segments/" + segment),
                    () -> authed().delete("/api/v1/segments/" + segment));
            assertThat(answers[0].statusCode()).as("round %d: %s", round, answers[0].asString()).isIn(200, 404);
            assertThat(answers[1].statusCode()).as("round %d", round).isEqualTo(204);
            authed().get("/api/v1/segments/" + segment).then().statusCode(404);
        }
    }

    /** Sends both requests at once and returns their answers in order. */
    private static Response[] race(Supplier<Response> first, Supplier<Response> second) {
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> after(go, first));
        CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> after(go, second));
        go.countDown();
        return new Response[] {a.join(), b.join()};
    }

    private static Response after(CountDownLatch go, Supplier<Response> request) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return request.get();
    }
}
