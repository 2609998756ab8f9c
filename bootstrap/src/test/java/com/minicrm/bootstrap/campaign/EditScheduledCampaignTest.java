package com.minicrm.bootstrap.campaign;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.authed;
import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.minicrm.application.port.in.ReconcileDeliveriesUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /api/v1/campaigns/{id}} changes everything about a scheduled campaign until it starts, the
 * e-mail subject reaches the vendor rendered per customer, and an edit racing the scheduler either wins
 * whole (the campaign waits for its new time) or is refused with 409 (the campaign ran as it was).
 */
@QuarkusTest
class EditScheduledCampaignTest {
    @Inject
    DataSource dataSource;

    @Inject
    ReconcileDeliveriesUseCase reconcile;

    private static String editBody(String name, String city, String template, String channel, String subject, Instant at) {
        return """
                {"name": "%s", "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%s"}]},
                 "template": "%s", "channel": "%s", "subject": %s, "scheduledAt": "%s"}
                """.formatted(name, city, template, channel, subject == null ? "null" : "\"" + subject + "\"", at);
    }

    private static String status(long id) {
        return authed().get("/api/v1/campaigns/" + id).jsonPath().getString("status");
    }

    @Test
    void everyPartOfAScheduledCampaignChangesAndTheEmailSubjectReachesTheVendor() throws Exception {
        String before = CampaignFixtures.uniqueCity();
        String after = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, before, 3);
        CampaignFixtures.insertCustomers(dataSource, after, 4);
        long id = CampaignFixtures.launchForCity(before, Instant.now().plusSeconds(3600));
        Instant startAt = Instant.now().plusSeconds(2);

        JsonPath edited = authed().body(editBody("Edited " + after, after, "Hello {{first_name|there}}", "EMAIL",
                        "{{first_name|Friend}}, news from {{city}}", startAt))
                .put("/api/v1/campaigns/" + id).then().statusCode(200).extract().jsonPath();

        assertThat(edited.getString("status")).isEqualTo("SCHEDULED");
        assertThat(edited.getString("channel")).isEqualTo("EMAIL");
        assertThat(edited.getString("subject")).isEqualTo("{{first_name|Friend}}, news from {{city}}");
        assertThat(edited.getString("name")).isEqualTo("Edited " + after);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            reconcile.reconcile();
            return "COMPLETED".equals(status(id));
        });
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT id, recipient, message, subject FROM communication_log WHERE campaign_id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        assertThat(rows).hasSize(4).allSatisfy(row -> {
            assertThat(row[1]).endsWith("@example.in");
            assertThat(row[2]).startsWith("Hello Person");
            assertThat(row[3]).matches("Person\\d, news from " + after);
        });
        assertThat(rows).anySatisfy(row -> assertThat(CountingVendor.SUBJECTS.get(Long.parseLong(row[0]))).isEqualTo(row[3]));
        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND last_error LIKE '%subject%'", id))
                .isZero();
    }

    @Test
    void anEmailWithoutASubjectIsSentUnderItsNameAndOtherChannelsRefuseOne() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 2);
        String rule = "{\"combinator\": \"and\", \"rules\": [{\"field\": \"city\", \"operator\": \"=\", \"value\": \"" + city + "\"}]}";

        long id = authed().body("{\"name\": \"Mail " + city + "\", \"rule\": " + rule + ", \"template\": \"Hi\", \"channel\": \"EMAIL\"}")
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        authed().body("{\"name\": \"Sms\", \"rule\": " + rule + ", \"template\": \"Hi\", \"channel\": \"SMS\", \"subject\": \"Hello\"}")
                .post("/api/v1/campaigns").then().statusCode(422).contentType(containsString("problem+json"))
                .body("errors.field", hasItem("subject"));

        assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND subject = ?", id, "Mail " + city))
                .isEqualTo(2);
    }

    @Test
    void anEditIsRefusedWholeOnceTheCampaignHasStartedAndCheckedLikeALaunch() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 2);
        Instant later = Instant.now().plusSeconds(3600);
        long running = CampaignFixtures.launchForCity(city);
        long scheduled = CampaignFixtures.launchForCity(city, later);

        authed().body(editBody("Too late", city, "Changed", "SMS", null, later)).put("/api/v1/campaigns/" + running)
                .then().statusCode(409).contentType(containsString("problem+json"))
                .body("detail", containsString("only a scheduled campaign can be edited"));
        assertThat(CampaignFixtures.campaign(running).getString("name")).isEqualTo("Test " + city);
        authed().body(editBody("Bad", city, "Hi {{first_nme}}", "SMS", "A subject", Instant.now().minusSeconds(5)))
                .put("/api/v1/campaigns/" + scheduled).then().statusCode(422)
                .body("errors.field", hasItem("template")).body("errors.field", hasItem("subject"));
        authed().body(editBody("Bad time", city, "Hi", "SMS", null, Instant.now().minusSeconds(5)))
                .put("/api/v1/campaigns/" + scheduled).then().statusCode(422).body("errors[0].field", equalTo("scheduledAt"));
        authed().body(editBody("Nobody", city, "Hi", "SMS", null, later)).put("/api/v1/campaigns/987654321").then().statusCode(404);
        assertThat(CampaignFixtures.campaign(scheduled).getString("name")).isEqualTo("Test " + city);

        authed().post("/api/v1/campaigns/" + scheduled + "/cancel").then().statusCode(200);
        authed().body(editBody("After cancel", city, "Hi", "SMS", null, later)).put("/api/v1/campaigns/" + scheduled)
                .then().statusCode(409);
    }

    @Test
    void anEditRacingTheSchedulerEitherWinsWholeOrIsRefused() throws Exception {
        for (int round = 0; round < 3; round++) {
            String city = CampaignFixtures.uniqueCity();
            CampaignFixtures.insertCustomers(dataSource, city, 3);
            long id = CampaignFixtures.launchForCity(city, Instant.now().plusSeconds(3600));
            try (Connection c = dataSource.getConnection();
                    PreparedStatement st = c.prepareStatement("UPDATE campaign SET scheduled_at = ? WHERE id = ?")) {
                st.setObject(1, LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1));
                st.setLong(2, id);
                st.executeUpdate();
            }
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Void> scheduler = CompletableFuture.runAsync(() -> {
                awaitLatch(go);
                reconcile.reconcile();
            });
            CompletableFuture<Integer> edit = CompletableFuture.supplyAsync(() -> {
                awaitLatch(go);
                return authed().body(editBody("Raced", city, "Edited {{first_name}}", "SMS", null, Instant.now().plusSeconds(3600)))
                        .put("/api/v1/campaigns/" + id).statusCode();
            });
            go.countDown();
            scheduler.join();
            int answer = edit.join();

            JsonPath stored = CampaignFixtures.campaign(id);
            long edited = count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND message LIKE 'Edited%'", id);
            long logged = count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?", id);
            if (answer == 200) {
                assertThat(stored.getString("status")).as("round %d: the edit won, so the campaign waits for its new time", round)
                        .isEqualTo("SCHEDULED");
                assertThat(stored.getString("template")).isEqualTo("Edited {{first_name}}");
                assertThat(logged).isZero();
            } else {
                assertThat(answer).as("round %d", round).isEqualTo(409);
                assertThat(stored.getString("status")).isIn("RUNNING", "COMPLETED");
                assertThat(stored.getString("name")).isEqualTo("Test " + city);
                assertThat(edited).isZero();
                assertThat(logged).isEqualTo(3);
            }
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
