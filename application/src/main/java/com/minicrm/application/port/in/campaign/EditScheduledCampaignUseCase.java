package com.minicrm.application.port.in.campaign;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;

/**
 * Changes a scheduled campaign before it starts: name, audience, message, subject, channel and time.
 * Throws {@code CampaignNotFoundException}, {@code IllegalCampaignTransitionException} once it has
 * started (or was cancelled), and {@code InvalidInputException} for an invalid draft or a time not ahead.
 */
public interface EditScheduledCampaignUseCase {
    Campaign edit(long campaignId, CampaignDraft draft);
}
