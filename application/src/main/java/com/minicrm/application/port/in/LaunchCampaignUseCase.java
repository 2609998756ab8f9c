package com.minicrm.application.port.in;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;

/** Creates a campaign; one that runs now freezes its audience and starts delivery at once. */
public interface LaunchCampaignUseCase {
    Campaign launch(LaunchCampaignCommand command);

    /** A marketer's draft and who sent it. */
    record LaunchCampaignCommand(CampaignDraft draft, String createdBy) {}
}
