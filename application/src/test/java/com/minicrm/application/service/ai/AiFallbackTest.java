package com.minicrm.application.service.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.ai.SuggestMessagesUseCase.MessageSuggestions;
import com.minicrm.application.port.in.ai.TranslateSegmentTextUseCase.SegmentTranslation;
import com.minicrm.application.port.out.ai.EngineFailedException;
import com.minicrm.application.port.out.ai.MessageWriter;
import com.minicrm.application.port.out.ai.SegmentTranslator;
import com.minicrm.application.port.out.ai.Vocabulary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An engine's answer is used only when the domain accepts it; otherwise the local engine answers and is named. */
class AiFallbackTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, Object> LOCAL_RULE = Map.of("combinator", "and",
            "rules", List.of(Map.of("field", "visits", "operator", "=", "value", 0)));

    private static SegmentTranslator translator(String name, SegmentTranslator.Translation answer) {
        return new SegmentTranslator() {
            @Override
            public String engine() {
                return name;
            }

            @Override
            public Translation translate(String text, Vocabulary vocabulary, LocalDate today) {
                if (answer == null) {
                    throw new EngineFailedException("429 Too Many Requests");
                }
                return answer;
            }
        };
    }

    private static SegmentTranslation translate(SegmentTranslator.Translation remote) {
        SegmentTranslator local = translator("local", new SegmentTranslator.Translation(LOCAL_RULE, List.of()));
        return new TranslateSegmentTextService(translator("openai", remote), local, Vocabulary::empty, CLOCK)
                .translate("never ordered");
    }

    @Test
    void aValidRuleFromTheEngineIsUsed() {
        SegmentTranslation answer = translate(new SegmentTranslator.Translation(Map.of("combinator", "and",
                "rules", List.of(Map.of("field", "visits", "operator", "<", "value", 1))), List.of()));
        assertThat(answer.engine()).isEqualTo("openai");
        assertThat(answer.description()).isEqualTo("Orders < 1");
    }

    @Test
    void aFailingEngineOrARuleTheDomainRejectsFallsBackToLocal() {
        assertThat(translate(null).engine()).isEqualTo("local");
        SegmentTranslation invalid = translate(new SegmentTranslator.Translation(Map.of("combinator", "and",
                "rules", List.of(Map.of("field", "shoe_size", "operator", ">", "value", 9))), List.of()));
        assertThat(invalid.engine()).isEqualTo("local");
        assertThat(invalid.description()).isEqualTo("Orders = 0");
    }

    @Test
    void messageVariantsWithUnknownPlaceholdersOrRepeatsAreDroppedAndTooFewFallBack() {
        MessageWriter local = writer("local", new MessageWriter.Draft("win-back", List.of(
                new MessageWriter.Variant("Hi {{first_name|there}}, we miss you", "friendly"),
                new MessageWriter.Variant("{{name}}, come back today", "urgent"))));
        MessageWriter remote = writer("openai", new MessageWriter.Draft("Upsell", List.of(
                new MessageWriter.Variant("Hi {{first_name}}, try the bundle", "Friendly"),
                new MessageWriter.Variant("Hi {{first_name}}, try the bundle", "urgent"),
                new MessageWriter.Variant("Hi {{loyalty_points}}", "premium"),
                new MessageWriter.Variant("Upgrade today, {{name|friend}}", "premium"))));
        MessageSuggestions used = new SuggestMessagesService(remote, local).suggest("sell more", Optional.empty());
        assertThat(used.engine()).isEqualTo("openai");
        assertThat(used.intent()).isEqualTo("upsell");
        assertThat(used.variants()).extracting(v -> v.tone()).containsExactly("friendly", "premium");
        assertThat(used.variants().get(0).image()).isEqualTo("/ai/images/upsell-friendly.svg");

        MessageWriter poor = writer("openai", new MessageWriter.Draft("upsell", List.of(new MessageWriter.Variant("Hi {{x}}", "friendly"))));
        assertThat(new SuggestMessagesService(poor, local).suggest("sell more", Optional.empty()).engine()).isEqualTo("local");
    }

    private static MessageWriter writer(String name, MessageWriter.Draft draft) {
        return new MessageWriter() {
            @Override
            public String engine() {
                return name;
            }

            @Override
            public Draft write(String objective, String audience) {
                return draft;
            }
        };
    }
}
