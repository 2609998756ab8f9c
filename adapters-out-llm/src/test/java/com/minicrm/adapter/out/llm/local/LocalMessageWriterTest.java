package com.minicrm.adapter.out.llm.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.out.ai.MessageWriter.Draft;
import com.minicrm.application.port.out.ai.MessageWriter.Variant;
import com.minicrm.domain.campaign.BriefFacts;
import com.minicrm.domain.campaign.MessageTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The local engine's variants repeat the objective's facts as written and never offer something else. */
class LocalMessageWriterTest {
    private final LocalMessageWriter writer = new LocalMessageWriter();

    @Test
    void theUrgentWinBackVariantOffersTheBriefsFifteenPercentNotTheLibrarysTwenty() {
        Draft draft = writer.write("Win back lapsed customers with 15% off", null);

        assertThat(draft.intent()).isEqualTo("win-back");
        assertThat(draft.variants()).extracting(Variant::tone).containsExactly("friendly", "urgent", "premium");
        assertThat(draft.variants()).allSatisfy(v -> assertThat(v.text()).contains("15% off").doesNotContain("20%"));
    }

    @Test
    void keepsTheQualifierThatChangesWhatANumberMeans() {
        Draft draft = writer.write("Festive sale: up to 30% off with code DIWALI2025 till 31 Dec", null);

        assertThat(draft.variants()).allSatisfy(v -> assertThat(v.text()).contains(": up to 30% off with code DIWALI2025 till 31 Dec"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Win back lapsed customers with 15% off",
        "Diwali sale: 15% off above ₹999 with code DIWALI2025 till 31 Dec, first 100 orders only",
        "Welcome new signups with Rs 200 off their first order, code HELLO200",
        "Thank loyal customers: double points on orders over 2k until 2025-12-31",
        "Upsell: free delivery above ₹1.5 lakh",
        "New arrivals launch on 5/1/2026 for 48 hours",
        "announce {{weird}} braces with 12% off {and} code SPRING12",
        "Welcome new customers: use code WELCOME at checkout",
        "Loyalty thank-you, promo: THANKS",
        "get sleepy accounts shopping again with a flat 10 percent discount"})
    void everyVariantKeepsEveryFactAndIsAValidTemplate(String objective) {
        Draft draft = writer.write(objective, null);
        BriefFacts facts = BriefFacts.of(objective);

        assertThat(facts.isEmpty()).isFalse();
        assertThat(draft.variants()).hasSize(3);
        assertThat(draft.variants()).allSatisfy(v -> {
            assertThat(facts.brokenBy(v.text())).as(v.text()).isEmpty();
            assertThat(MessageTemplate.parse(v.text()).text()).isEqualTo(v.text());
        });
        assertThat(draft.variants()).extracting(Variant::text).doesNotHaveDuplicates();
    }

    @Test
    void keepsTheWordThatMakesATokenACode() {
        Draft draft = writer.write("Welcome new customers: use code WELCOME at checkout", null);

        assertThat(draft.variants()).allSatisfy(v -> assertThat(v.text()).contains(": code WELCOME at checkout"));
    }

    @Test
    void anObjectiveWithoutFactsStillGetsTheLibrarysVariants() {
        Draft draft = writer.write("Win back customers who stopped ordering", null);

        assertThat(draft.variants().get(0).text()).startsWith("Hi {{first_name|there}}, we miss you! Come back this week");
    }
}
