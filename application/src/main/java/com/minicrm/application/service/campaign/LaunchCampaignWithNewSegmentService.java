package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.LaunchCampaignUseCase;
import com.minicrm.application.port.in.LaunchCampaignUseCase.LaunchCampaignCommand;
import com.minicrm.application.port.in.campaign.LaunchCampaignWithNewSegmentUseCase;
import com.minicrm.application.port.out.Segments;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;
import com.minicrm.domain.segment.SegmentInUseException;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violations;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Checks the segment and the campaign together before anything is stored, then saves the segment and
 * launches the campaign to it. Should the launch still fail, the segment is taken back, so a refused
 * launch never leaves an orphan segment in the library.
 */
public class LaunchCampaignWithNewSegmentService implements LaunchCampaignWithNewSegmentUseCase {
    private final Segments segments;
    private final LaunchCampaignUseCase campaigns;
    private final Clock clock;

    public LaunchCampaignWithNewSegmentService(Segments segments, LaunchCampaignUseCase campaigns, Clock clock) {
        this.segments = segments;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public Launched launch(LaunchWithNewSegmentCommand command) {
        Violations violations = new Violations();
        SegmentDefinition definition = checked(violations, "segment.", () -> SegmentDefinition.of(
                command.segmentName(), command.segmentDescription(), command.ruleTree()));
        checked(violations, "", () -> command.draft().validate());
        violations.throwIfAny();
        Segment segment = segments.add(definition, command.createdBy(), clock.instant());
        CampaignDraft toSegment = command.draft().onSegment(segment.id());
        try {
            return new Launched(segment, campaigns.launch(new LaunchCampaignCommand(toSegment, command.createdBy())));
        } catch (RuntimeException e) {
            withdraw(segment, e);
            throw e;
        }
    }

    /** Runs a check, adding what it finds to {@code violations}; the rule's paths keep their own "rule." prefix. */
    private static <T> T checked(Violations violations, String prefix, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> violations.add(
                    v.field().startsWith("rule") ? v.field() : prefix + v.field(), v.message()));
            return null;
        }
    }

    private void withdraw(Segment segment, RuntimeException cause) {
        try {
            segments.remove(segment.id());
        } catch (SegmentInUseException stored) {
            // the campaign was stored before the failure, so it rightly keeps its segment
        } catch (RuntimeException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }
}
