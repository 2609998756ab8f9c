package com.minicrm.bootstrap.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A model's variant that turns the objective's 15% into 20% never reaches the client. */
@QuarkusTest
@TestProfile(OpenAiProfile.class)
class OpenAiMessageFactsTest {
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String OBJECTIVE = "Win back lapsed customers with 15% off";

    @BeforeEach
    void reset() {
        OpenAiStub.server.resetAll();
    }

    private static JsonPath suggest(String modelAnswer) {
        OpenAiStub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(okJson(OpenAiStub.completion(modelAnswer))));
        return AiFeaturesTest.authed().body(Map.of("objective", OBJECTIVE)).post("/api/v1/ai/message-suggestions")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aVariantThatChangesTheDiscountIsDroppedAndTooFewLeftFallBackToLocal() {
        JsonPath answer = suggest("""
                {"intent":"win-back","variants":[
                {"text":"Hi {{first_name|there}}, we miss you! Come back for 15% off.","tone":"friendly"},
                {"text":"{{first_name|Hey}}, 20% off ends tonight. Come back now!","tone":"urgent"}]}""");

        assertThat(answer.getString("engine")).isEqualTo("local");
        List<String> texts = answer.getList("variants.text");
        assertThat(texts).hasSize(3).allSatisfy(text -> assertThat(text).contains("15% off").doesNotContain("20%"));
        OpenAiStub.server.verify(postRequestedFor(urlPathEqualTo(COMPLETIONS)).withRequestBody(containing("exactly as written")));
    }

    @Test
    void theModelsFaithfulVariantsAreUsedWithoutTheAlteredOne() {
        JsonPath answer = suggest("""
                {"intent":"win-back","variants":[
                {"text":"Hi {{first_name|there}}, we miss you! Come back for 15% off.","tone":"friendly"},
                {"text":"{{first_name|Hey}}, 20% off ends tonight. Come back now!","tone":"urgent"},
                {"text":"Dear {{name|valued customer}}, a 15% welcome-back discount is reserved for you.","tone":"premium"}]}""");

        assertThat(answer.getString("engine")).isEqualTo("openai");
        assertThat(answer.<String>getList("variants.tone")).containsExactly("friendly", "premium");
        assertThat(answer.<String>getList("variants.text")).noneMatch(text -> text.contains("20%"));
    }
}
