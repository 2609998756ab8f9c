package com.minicrm.bootstrap.ai;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.insight.Fact;
import com.minicrm.domain.insight.FactCheck;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The AI endpoints with the default local engine, against MariaDB and the simulated vendor. */
@QuarkusTest
class AiFeaturesTest {
    @Inject
    DataSource dataSource;

    static RequestSpecification authed() {
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON);
    }

    @Test
    void suggestsDistinctValidVariantsForAWinBackObjectiveWithBundledImages() {
        JsonPath answer = authed().body(Map.of("objective", "bring back inactive users"))
                .post("/api/v1/ai/message-suggestions").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("intent")).isEqualTo("win-back");
        assertThat(answer.getString("engine")).isEqualTo("local");
        List<String> texts = answer.getList("variants.text");
        assertThat(texts).hasSizeBetween(2, 3);
        assertThat(new HashSet<>(texts)).hasSameSizeAs(texts);
        texts.forEach(text -> assertThat(MessageTemplate.parse(text).text()).contains("{{"));
        assertThat(new HashSet<>(answer.getList("variants.tone"))).hasSameSizeAs(texts);
        for (String image : answer.<String>getList("variants.image")) {
            given().get(image).then().statusCode(200).body(containsString("<svg"));
        }
    }

    @Test
    void classifiesAnObjectiveWithoutCueWordsThroughTheInProcessEmbeddingModel() {
        authed().body(Map.of("objective", "get people who stopped purchasing to start again"))
                .post("/api/v1/ai/message-suggestions").then().statusCode(200)
                .body("intent", equalTo("win-back")).body("engine", equalTo("local"));
    }

    @Test
    void answersProblemJsonNamingTheFieldForMissingInput() {
        authed().body("{}").post("/api/v1/ai/message-suggestions").then().statusCode(422).body(containsString("objective"));
        authed().body("{}").post("/api/v1/ai/segment-rules").then().statusCode(422).body(containsString("text"));
        authed().body("{}").post("/api/v1/ai/send-time").then().statusCode(422).body(containsString("rule"));
        authed().body("{\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"shoe_size\",\"operator\":\"=\",\"value\":9}]}}")
                .post("/api/v1/ai/lookalike").then().statusCode(422).body(containsString("rule.rules[0].field"));
        authed().get("/api/v1/ai/campaigns/999999999/insights").then().statusCode(404);
    }

    @Test
    void namesTheWordsItCouldNotUnderstandInsteadOfGuessingARule() {
        authed().body(Map.of("text", "customers who like cricket")).post("/api/v1/ai/segment-rules").then().statusCode(200)
                .body("rule", nullValue())
                .body("unrecognized", hasItem("cricket"))
                .body("description", containsString("cricket"));
    }

    @Test
    void recommendsTheWindowWhereTheAudienceOrdersMostInIndianTime() throws Exception {
        AiCustomers customers = new AiCustomers(dataSource);
        ZoneId india = ZoneId.of("Asia/Kolkata");
        LocalDate saturday = LocalDate.now(india).minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        for (int i = 0; i < 40; i++) {
            long id = customers.add("Buyer" + i, "1000", 1, 3);
            customers.order(id, saturday.atTime(19, 10 + i % 40).atZone(india).toInstant());
            if (i % 4 == 0) {
                customers.order(id, saturday.minusDays(3).atTime(9, 5).atZone(india).toInstant());
            }
        }
        JsonPath advice = authed().body("{\"rule\":" + customers.cityRule() + "}").post("/api/v1/ai/send-time")
                .then().statusCode(200).extract().jsonPath();
        assertThat(advice.getLong("orders")).isEqualTo(50);
        assertThat(advice.getString("best.day")).isEqualTo("SATURDAY");
        assertThat(advice.getInt("best.startHour")).isBetween(17, 19);
        assertThat(advice.getInt("best.endHour") - advice.getInt("best.startHour")).isEqualTo(3);
        assertThat(advice.getList("histogram")).hasSize(7);
        assertThat(advice.<Integer>getList("histogram[5]").get(19)).isEqualTo(40);
        assertThat(advice.getString("rationale")).contains("Saturday").contains("40 orders");
    }

    @Test
    void findsCustomersLikeTheSeedOutsideItAndReturnsARuleThatSelectsThem() throws Exception {
        AiCustomers customers = new AiCustomers(dataSource);
        String seedTag = "seed" + customers.city.substring(7).toLowerCase();
        for (int i = 0; i < 20; i++) {
            customers.add("Seed" + i, String.valueOf(9000 + i * 100), 4 + i % 3, 10 + i, seedTag);
            customers.add("Like" + i, String.valueOf(9050 + i * 100), 4 + i % 3, 11 + i);
            customers.add("Other" + i, "120", 1, 600 + i);
        }
        String seed = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"" + customers.city
                + "\"},{\"field\":\"tags\",\"operator\":\"contains\",\"value\":\"" + seedTag + "\"}]}";
        JsonPath lookalike = authed().body("{\"rule\":" + seed + "}").post("/api/v1/ai/lookalike")
                .then().statusCode(200).extract().jsonPath();
        // as many as the seed, but never more than a fifth of everyone else, which a nearly empty database can be
        assertThat(lookalike.getLong("size")).isBetween(10L, 20L);
        assertThat(lookalike.<String>getList("sample.externalId")).hasSize(10).allMatch(id -> id.contains("-Like"));
        assertThat(lookalike.<String>getList("reasons")).anyMatch(r -> r.startsWith("Typical spend ₹"));
        assertThat(lookalike.getBoolean("describedByRule")).isTrue();
        Map<String, Object> rule = lookalike.getMap("rule");
        authed().body(Map.of("rule", rule)).post("/api/v1/segments/preview").then().statusCode(200)
                .body("audienceSize", equalTo(lookalike.getInt("fit.ruleSize")));
        assertThat(lookalike.getInt("fit.ruleSize")).isBetween(lookalike.getInt("size"), 20);
    }

    @Test
    void tagsACampaignAtLaunchSummarisesItFromFactsAndFiltersTheHistoryByTag() throws Exception {
        AiCustomers customers = new AiCustomers(dataSource);
        for (int i = 0; i < 12; i++) {
            customers.add("Lapsed" + i, "15000", 3, 120);
        }
        String rule = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"" + customers.city
                + "\"},{\"field\":\"inactive_days\",\"operator\":\">=\",\"value\":90},"
                + "{\"field\":\"total_spend\",\"operator\":\">\",\"value\":10000}]}";
        long id = authed().body("{\"name\":\"Come back " + customers.city + "\",\"rule\":" + rule
                        + ",\"template\":\"Hi {{first_name|there}}, we miss you! Here is 20% off.\",\"channel\":\"SMS\"}")
                .post("/api/v1/campaigns").then().statusCode(201)
                .body("tags", hasItem("Win-back")).body("tags", hasItem("High value")).body("tags", hasItem("Festive/Offer"))
                .extract().jsonPath().getLong("id");
        authed().get("/api/v1/campaigns?tag=Win-back&size=200").then().statusCode(200).body("items.id", hasItem((int) id));
        authed().get("/api/v1/campaigns?tag=Loyalty&size=200").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                "COMPLETED".equals(authed().get("/api/v1/campaigns/" + id).jsonPath().getString("status")));
        JsonPath insights = authed().get("/api/v1/ai/campaigns/" + id + "/insights").then().statusCode(200).extract().jsonPath();
        assertThat(insights.getString("engine")).isEqualTo("local");
        List<Map<String, Object>> raw = insights.getList("facts");
        List<Fact> facts = raw.stream().map(f -> new Fact((String) f.get("key"), (String) f.get("label"),
                ((Number) f.get("value")).doubleValue())).toList();
        assertThat(facts).anyMatch(f -> f.key().equals("reached") && f.value() == 12);
        assertThat(insights.getString("summary")).startsWith("Your campaign reached 12 users.");
        assertThat(FactCheck.inventedNumbers(insights.getString("summary"), facts)).isEmpty();
    }
}
