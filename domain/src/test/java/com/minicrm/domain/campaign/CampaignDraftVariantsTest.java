package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.campaign.CampaignDraft.VariantDraft;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignDraftVariantsTest {
    private static CampaignDraft draft(String template, List<VariantDraft> variants, Integer holdout, Integer window) {
        return new CampaignDraft("Win back", 1L, null, template, "SMS", null, variants, holdout, window);
    }

    private static List<String> fields(CampaignDraft d) {
        try {
            d.validate();
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Test
    void validVariantsBecomeAnExperimentWhoseFirstTemplateIsTheCampaigns() {
        CampaignDraft.Valid valid = draft(null, List.of(new VariantDraft("A", "Hi {{first_name}}", 60),
                new VariantDraft("B", "Hey {{first_name|there}}", 40)), 10, 48).validate();
        assertThat(valid.experiment().variants()).extracting(Variant::key).containsExactly("A", "B");
        assertThat(valid.experiment().holdoutPercent()).isEqualTo(10);
        assertThat(valid.experiment().attributionWindowHours()).isEqualTo(48);
        assertThat(valid.template().text()).isEqualTo("Hi {{first_name}}");
    }

    @Test
    void aSingleTemplateGetsTheDefaults() {
        CampaignDraft.Valid valid = draft("Hi", null, null, null).validate();
        assertThat(valid.experiment()).isEqualTo(Experiment.none());
        assertThat(valid.experiment().attributionWindowHours()).isEqualTo(120);
    }

    @Test
    void eachBadVariantPartIsNamedByItsIndex() {
        assertThat(fields(draft(null, Arrays.asList(new VariantDraft("A", "Hi {{nope}}", 50),
                new VariantDraft("A", "x", 0), new VariantDraft(" ", null, null)), null, null)))
                .containsExactlyInAnyOrder("variants[0].template", "variants[1].key", "variants[1].weight",
                        "variants[2].key", "variants[2].weight", "variants[2].template");
    }

    @Test
    void weightsMustSumTo100AndTheCountMustBe2To4() {
        assertThat(fields(draft(null, List.of(new VariantDraft("A", "x", 50), new VariantDraft("B", "y", 40)), null, null)))
                .containsExactly("variants");
        assertThat(fields(draft(null, List.of(new VariantDraft("A", "x", 99)), null, null))).containsExactly("variants");
    }

    @Test
    void holdoutAndWindowAreBounded() {
        assertThat(fields(draft("Hi", null, 51, 0))).containsExactlyInAnyOrder("holdoutPercent", "attributionWindowHours");
        assertThat(fields(draft("Hi", null, -1, 721))).containsExactlyInAnyOrder("holdoutPercent", "attributionWindowHours");
        assertThat(fields(draft("Hi", null, 50, 720))).isEmpty();
    }

    @Test
    void templateAndVariantsTogetherAreAmbiguous() {
        assertThatThrownBy(() -> draft("Hi", List.of(new VariantDraft("A", "x", 50), new VariantDraft("B", "y", 50)), null, null)
                .validate()).isInstanceOf(InvalidInputException.class).hasMessageContaining("template");
    }
}
