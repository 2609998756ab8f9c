package com.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.port.in.LaunchCampaignUseCase;
import com.minicrm.application.port.in.campaign.LaunchCampaignWithNewSegmentUseCase.Launched;
import com.minicrm.application.port.in.campaign.LaunchCampaignWithNewSegmentUseCase.LaunchWithNewSegmentCommand;
import com.minicrm.application.service.campaign.LaunchCampaignWithNewSegmentService;
import com.minicrm.domain.campaign.Audience;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A campaign launched with the audience it built saves both, or neither. */
class LaunchCampaignWithNewSegmentServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Object RULE = Map.of("combinator", "and", "rules",
            List.of(Map.of("field", "visits", "operator", ">=", "value", 1)));
    private final InMemorySegments segments = new InMemorySegments();
    private final List<LaunchCampaignUseCase.LaunchCampaignCommand> launched = new ArrayList<>();

    private LaunchCampaignWithNewSegmentService service(LaunchCampaignUseCase launch) {
        return new LaunchCampaignWithNewSegmentService(segments, launch, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private LaunchCampaignUseCase recording() {
        return command -> {
            launched.add(command);
            CampaignDraft.Valid draft = command.draft().validate();
            return Campaign.launch(draft, new Audience(draft.segmentId(), "{}"), command.createdBy(), NOW).withId(7);
        };
    }

    private static LaunchWithNewSegmentCommand command(String template, Object rule) {
        return new LaunchWithNewSegmentCommand("Big spenders", "Orders ≥ 1", rule,
                new CampaignDraft("Diwali", null, "{}", template, "SMS", null), "asha@example.com");
    }

    @Test
    void savesTheSegmentThenLaunchesTheCampaignToIt() {
        Launched result = service(recording()).launch(command("Hi {{first_name|there}}", RULE));

        assertThat(segments.newestFirst()).extracting(s -> s.name()).containsExactly("Big spenders");
        assertThat(launched).singleElement().satisfies(c -> {
            assertThat(c.draft().segmentId()).isEqualTo(result.segment().id());
            assertThat(c.draft().rule()).isNull();
        });
        assertThat(result.campaign().requireId()).isEqualTo(7);
    }

    /** The UI's A/B launch failed with "template is required": the variants were dropped on the way to the segment. */
    @Test
    void keepsTheVariantsHoldoutWindowSubjectAndFlagOnTheWayToTheSegment() {
        CampaignDraft ab = new CampaignDraft("Diwali", null, "{}", null, "EMAIL", NOW.plusSeconds(3_600),
                List.of(new CampaignDraft.VariantDraft("A", "Hi {{first_name|there}}", 70),
                        new CampaignDraft.VariantDraft("B", "Hello {{first_name|there}}", 30)), 10, 48, "Your offer", true);

        service(recording()).launch(new LaunchWithNewSegmentCommand("Big spenders", "Orders ≥ 1", RULE, ab, "asha@example.com"));

        CampaignDraft sent = launched.get(0).draft();
        assertThat(sent).isEqualTo(new CampaignDraft("Diwali", sent.segmentId(), null, null, "EMAIL", NOW.plusSeconds(3_600),
                ab.variants(), 10, 48, "Your offer", true));
    }

    @Test
    void aTemplateErrorSavesNoSegmentAndLaunchesNothing() {
        assertThatThrownBy(() -> service(recording()).launch(command("Hi {{first_nme}}", RULE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("template"));

        assertThat(segments.newestFirst()).isEmpty();
        assertThat(launched).isEmpty();
    }

    @Test
    void reportsRuleAndMessageErrorsTogether() {
        Object badRule = Map.of("combinator", "and", "rules", List.of(Map.of("field", "visits", "operator", ">=", "value", -1)));

        assertThatThrownBy(() -> service(recording()).launch(command("Hi {{nickname}}", badRule)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("rule.rules[0].value", "template"));
        assertThat(segments.newestFirst()).isEmpty();
    }

    @Test
    void aLaunchThatFailsAfterTheChecksTakesTheSegmentBack() {
        LaunchCampaignUseCase failing = command -> {
            throw new IllegalStateException("the broker is down");
        };

        assertThatThrownBy(() -> service(failing).launch(command("Hi", RULE))).hasMessage("the broker is down");
        assertThat(segments.newestFirst()).isEmpty();
    }
}
