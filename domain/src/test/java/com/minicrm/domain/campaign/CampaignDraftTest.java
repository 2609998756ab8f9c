package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import org.junit.jupiter.api.Test;

/** What a marketer must get right before a campaign exists. */
class CampaignDraftTest {

    @Test
    void acceptsASegmentCampaign() {
        CampaignDraft.Valid valid = new CampaignDraft(" Diwali ", 3L, null, "Hi {{name}}", "EMAIL", null).validate();
        assertThat(valid.name()).isEqualTo("Diwali");
        assertThat(valid.channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void needsExactlyOneOfSegmentOrRule() {
        assertThatThrownBy(() -> new CampaignDraft("x", 3L, "{}", "Hi", "SMS", null).validate())
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new CampaignDraft("x", null, null, "Hi", "SMS", null).validate())
                .hasMessageContaining("exactly one");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> new CampaignDraft("", 3L, null, "Hi {{shoe}}", "PIGEON", null).validate())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("name", "is required"),
                        new Violation("template", "unknown placeholder {{shoe}}"),
                        new Violation("channel", "must be one of SMS, EMAIL, WHATSAPP")));
    }
}
