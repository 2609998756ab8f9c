package com.minicrm.application.service.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.ai.SuggestMessagesUseCase.MessageSuggestions;
import com.minicrm.application.port.in.ai.SuggestMessagesUseCase.Suggestion;
import com.minicrm.application.port.out.ai.MessageWriter;
import com.minicrm.application.port.out.ai.MessageWriter.Draft;
import com.minicrm.application.port.out.ai.MessageWriter.Variant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A variant that drops or alters a fact of the objective never reaches the client, whichever engine wrote it. */
class SuggestMessagesFactsTest {
    private static final String OBJECTIVE = "Win back lapsed customers with 15% off, code SAVE15";
    private static final MessageWriter LOCAL = writer("local", new Draft("win-back", List.of(
            new Variant("Hi {{first_name|there}}, 15% off with code SAVE15", "friendly"),
            new Variant("{{first_name|Hey}}, 20% off with code SAVE15, today only", "urgent"),
            new Variant("Dear {{name|valued customer}}, 15% off is yours with code SAVE15", "premium"))));

    @Test
    void dropsTheVariantThatChangesTheDiscountAndKeepsTheRest() {
        MessageWriter remote = writer("openai", new Draft("win-back", List.of(
                new Variant("Hi {{first_name|there}}, come back for 15% off with SAVE15", "friendly"),
                new Variant("{{first_name|Hey}}, 20% off with SAVE15 ends tonight!", "urgent"),
                new Variant("Dear {{name|valued customer}}, 15% off awaits you (code SAVE15)", "premium"))));

        MessageSuggestions used = new SuggestMessagesService(remote, LOCAL).suggest(OBJECTIVE, Optional.empty());

        assertThat(used.engine()).isEqualTo("openai");
        assertThat(used.variants()).extracting(Suggestion::tone).containsExactly("friendly", "premium");
    }

    @Test
    void fallsBackToLocalWhenTooFewVariantsKeepTheFactsAndFiltersLocalToo() {
        MessageWriter remote = writer("openai", new Draft("win-back", List.of(
                new Variant("Hi {{first_name|there}}, come back for 15% off with SAVE15", "friendly"),
                new Variant("{{first_name|Hey}}, 20% off with SAVE15 ends tonight!", "urgent"),
                new Variant("Dear {{name|valued customer}}, 15% off awaits you", "premium"))));

        MessageSuggestions used = new SuggestMessagesService(remote, LOCAL).suggest(OBJECTIVE, Optional.empty());

        assertThat(used.engine()).isEqualTo("local");
        assertThat(used.variants()).extracting(Suggestion::text)
                .allSatisfy(text -> assertThat(text).contains("15% off").contains("SAVE15").doesNotContain("20%"))
                .hasSize(2);
    }

    private static MessageWriter writer(String name, Draft draft) {
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
