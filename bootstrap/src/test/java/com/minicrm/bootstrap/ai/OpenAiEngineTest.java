package com.minicrm.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.minicrm.domain.insight.Fact;
import com.minicrm.domain.insight.FactCheck;
import com.minicrm.bootstrap.outcome.RespondedCampaign;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The openai engine against a WireMock stub of /v1/chat/completions: a valid answer is used and
 * named, and malformed JSON, a rule the domain rejects, a timeout, a 429 and a summary with an
 * invented number each end in the local engine's answer.
 */
@QuarkusTest
@TestProfile(OpenAiProfile.class)
class OpenAiEngineTest {
    private static final String COMPLETIONS = "/v1/chat/completions";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void reset() {
        OpenAiStub.server.resetAll();
    }

    private static void answer(ResponseDefinitionBuilder response) {
        OpenAiStub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(response));
    }

    private static JsonPath translate(String text) {
        return AiFeaturesTest.authed().body(Map.of("text", text)).post("/api/v1/ai/segment-rules")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void usesAValidRuleFromTheModelAndSaysSo() {
        answer(okJson(OpenAiStub.completion("""
                {"rule":{"combinator":"and","not":false,"rules":[{"field":"total_spend","operator":">","value":7000},
                {"field":"city","operator":"in","value":["Pune","Nagpur"]}]},"unrecognized":[]}""")));
        JsonPath answer = translate("big spenders from Pune or Nagpur, above seven thousand");
        assertThat(answer.getString("engine")).isEqualTo("openai");
        assertThat(answer.getString("description")).isEqualTo("Total spend > ₹7,000 AND City in (\"Pune\", \"Nagpur\")");
        OpenAiStub.server.verify(postRequestedFor(urlPathEqualTo(COMPLETIONS))
                .withHeader("Authorization", equalTo("Bearer sk-test-key"))
                .withRequestBody(containing("json_schema"))
                .withRequestBody(containing("seven thousand")));
    }

    @Test
    void fallsBackToLocalWhenTheModelAnswersMalformedJson() {
        answer(okJson(OpenAiStub.completion("{\"rule\": {\"combinator\": \"and\", \"rules\": [")));
        JsonPath answer = translate("customers from Mumbai");
        assertThat(answer.getString("engine")).isEqualTo("local");
        assertThat(answer.getString("description")).isEqualTo("City = \"Mumbai\"");
    }

    @Test
    void fallsBackToLocalWhenTheModelsRuleBreaksTheSchema() {
        answer(okJson(OpenAiStub.completion("""
                {"rule":{"combinator":"and","not":false,"rules":[{"field":"shoe_size","operator":">","value":"large"}]},
                 "unrecognized":[]}""")));
        JsonPath answer = translate("customers who spent over 5k");
        assertThat(answer.getString("engine")).isEqualTo("local");
        assertThat(answer.getString("description")).isEqualTo("Total spend > ₹5,000");
    }

    @Test
    void fallsBackToLocalWhenTheModelTimesOut() {
        answer(okJson(OpenAiStub.completion("{\"rule\":null,\"unrecognized\":[\"soon\"]}")));
        assertThat(translate("warm the client up").getString("engine")).isEqualTo("openai");
        OpenAiStub.server.resetAll();
        answer(okJson(OpenAiStub.completion("{\"rule\":null,\"unrecognized\":[\"late\"]}")).withFixedDelay(6000));
        long start = System.nanoTime();
        JsonPath answer = translate("inactive for 90 days");
        assertThat(answer.getString("engine")).isEqualTo("local");
        assertThat(answer.getString("description")).isEqualTo("Inactive ≥ 90 days");
        // a 2 s timeout, and one more attempt, not the 6 s the stub takes
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void fallsBackToLocalWhenRateLimited() {
        answer(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withHeader("Retry-After", "20")
                .withBody("{\"error\":{\"message\":\"Rate limit reached for gpt-4o-mini\",\"type\":\"requests\","
                        + "\"param\":null,\"code\":\"rate_limit_exceeded\"}}"));
        JsonPath answer = translate("vip customers");
        assertThat(answer.getString("engine")).isEqualTo("local");
    }

    @Test
    void keepsOnlyMessageVariantsTheTemplateValidatorAccepts() {
        answer(okJson(OpenAiStub.completion("""
                {"intent":"festive-offer","variants":[
                {"text":"Hi {{first_name|there}}, Diwali deals are live! Up to 40% off.","tone":"friendly"},
                {"text":"{{first_name}}, last day of the Diwali sale!","tone":"urgent"},
                {"text":"Dear {{shoe_size}}, an exclusive Diwali preview awaits.","tone":"premium"}]}""")));
        JsonPath answer = AiFeaturesTest.authed().body(Map.of("objective", "Diwali sale")).post("/api/v1/ai/message-suggestions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("engine")).isEqualTo("openai");
        assertThat(answer.<String>getList("variants.tone")).containsExactly("friendly", "urgent");
        assertThat(answer.<String>getList("variants.image")).containsExactly("/ai/images/festive-offer-friendly.svg",
                "/ai/images/festive-offer-urgent.svg");

        answer(okJson(OpenAiStub.completion("{\"intent\":\"win-back\",\"variants\":[{\"text\":\"Hi {{nick}}\",\"tone\":\"friendly\"}]}")));
        JsonPath fallback = AiFeaturesTest.authed().body(Map.of("objective", "bring back lapsed buyers"))
                .post("/api/v1/ai/message-suggestions").then().statusCode(200).extract().jsonPath();
        assertThat(fallback.getString("engine")).isEqualTo("local");
        assertThat(fallback.getList("variants")).hasSize(3);
    }

    @Test
    void usesTheModelsSummaryOnlyWhenEveryNumberInItIsAFact() throws Exception {
        AiCustomers customers = new AiCustomers(dataSource);
        for (int i = 0; i < 7; i++) {
            customers.add("Buyer" + i, "2000", 2, 5);
        }
        long id = AiFeaturesTest.authed().body("{\"name\":\"Summary test\",\"rule\":" + customers.cityRule()
                        + ",\"template\":\"Hi {{first_name|there}}!\",\"channel\":\"SMS\"}")
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                "COMPLETED".equals(AiFeaturesTest.authed().get("/api/v1/campaigns/" + id).jsonPath().getString("status")));

        answer(okJson(OpenAiStub.completion("Your campaign reached 7 users and 1,250 of them bought something afterwards.")));
        JsonPath invented = insights(id);
        assertThat(invented.getString("engine")).isEqualTo("local");
        List<Fact> facts = facts(invented);
        assertThat(FactCheck.inventedNumbers(invented.getString("summary"), facts)).isEmpty();

        Fact delivered = facts.stream().filter(f -> f.key().equals("delivered")).findFirst().orElseThrow();
        String phrased = "All in all, 7 customers were reached and " + delivered.number() + " messages got through.";
        answer(okJson(OpenAiStub.completion(phrased)));
        JsonPath faithful = insights(id);
        assertThat(faithful.getString("engine")).isEqualTo("openai");
        assertThat(faithful.getString("summary")).isEqualTo(phrased);
        assertThat(FactCheck.inventedNumbers(faithful.getString("summary"), facts(faithful))).isEmpty();
    }

    private static JsonPath insights(long id) {
        return AiFeaturesTest.authed().get("/api/v1/ai/campaigns/" + id + "/insights").then().statusCode(200).extract().jsonPath();
    }

    private static List<Fact> facts(JsonPath insights) {
        List<Map<String, Object>> raw = insights.getList("facts");
        return raw.stream().map(f -> new Fact((String) f.get("key"), (String) f.get("label"), ((Number) f.get("value")).doubleValue()))
                .toList();
    }

    @Test
    void aSummaryWithAnInventedConversionCountOrRevenueIsReplacedAndOneWithTheRealOnesIsUsed() throws Exception {
        RespondedCampaign demo = RespondedCampaign.create(dataSource, 300, 13);
        JsonPath outcomes = AiFeaturesTest.authed().get("/api/v1/campaigns/" + demo.id() + "/outcomes").then().statusCode(200)
                .extract().jsonPath();
        long conversions = outcomes.getLong("conversions");
        BigDecimal revenue = new BigDecimal(outcomes.getString("revenue"));
        String real = conversions + " delivered recipients bought afterwards, for ₹" + revenue.toPlainString() + " in all.";

        answer(okJson(OpenAiStub.completion(conversions + 3 + " delivered recipients bought afterwards, for ₹"
                + revenue.toPlainString() + " in all.")));
        JsonPath inventedCount = OutcomeInsightsTest.insights(demo.id());
        assertThat(inventedCount.getString("engine")).isEqualTo("local");
        assertThat(inventedCount.getString("summary")).contains(conversions + " delivered recipients ordered");

        answer(okJson(OpenAiStub.completion(conversions + " delivered recipients bought afterwards, for ₹"
                + revenue.add(new BigDecimal("1000.50")).toPlainString() + " in all.")));
        assertThat(OutcomeInsightsTest.insights(demo.id()).getString("engine")).isEqualTo("local");

        answer(okJson(OpenAiStub.completion(real)));
        JsonPath used = OutcomeInsightsTest.insights(demo.id());
        assertThat(used.getString("engine")).isEqualTo("openai");
        assertThat(used.getString("summary")).isEqualTo(real);
        assertThat(FactCheck.problems(real, OutcomeInsightsTest.facts(used))).isEmpty();
        OpenAiStub.server.verify(postRequestedFor(urlPathEqualTo(COMPLETIONS))
                .withRequestBody(containing("Attributed revenue (rupees): " + revenue.stripTrailingZeros().toPlainString())));
    }
}
