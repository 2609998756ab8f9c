package com.minicrm.bootstrap.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.campaign.BriefFacts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the local engine, every suggested variant repeats the objective's numbers, amounts, codes and dates unchanged. */
@QuarkusTest
class MessageFactsTest {

    @Test
    void everyVariantKeepsTheDiscountTheCodeAndTheDateOfTheObjective() {
        String objective = "Win back lapsed customers with 15% off orders above Rs 1,500 using code SAVE15 till 31 Dec";
        JsonPath answer = AiFeaturesTest.authed().body(Map.of("objective", objective))
                .post("/api/v1/ai/message-suggestions").then().statusCode(200).extract().jsonPath();

        assertThat(answer.getString("engine")).isEqualTo("local");
        assertThat(answer.getString("intent")).isEqualTo("win-back");
        List<String> texts = answer.getList("variants.text");
        assertThat(texts).hasSize(3).allSatisfy(text -> assertThat(text)
                .contains("15% off orders above Rs 1,500 using code SAVE15 till 31 Dec")
                .doesNotContain("20%"));
        assertThat(texts).allSatisfy(text -> assertThat(BriefFacts.of(objective).brokenBy(text)).isEmpty());
    }
}
