package com.minicrm.application.port.in.campaign;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.segment.Segment;

/** Saves the audience a marketer built as a new segment and launches a campaign to it: both, or neither. */
public interface LaunchCampaignWithNewSegmentUseCase {
    Launched launch(LaunchWithNewSegmentCommand command);

    /**
     * The segment's name and description, and the campaign draft whose {@code rule} (JSON text) is the
     * segment's rule; {@code ruleTree} is the same rule as a generic JSON tree, for the segment.
     */
    record LaunchWithNewSegmentCommand(
            String segmentName, String segmentDescription, Object ruleTree, CampaignDraft draft, String createdBy) {}

    /** The saved segment and the campaign that targets it. */
    record Launched(Segment segment, Campaign campaign) {}
}
