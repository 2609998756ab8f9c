package com.minicrm.application.port.in;

import com.minicrm.domain.campaign.Campaign;

/**
 * Stops a campaign: messages no worker has claimed yet are withdrawn and never sent; messages
 * already with the vendor still get their receipts counted. Throws {@code CampaignNotFoundException},
 * or {@code IllegalCampaignTransitionException} when the campaign has already finished.
 */
public interface CancelCampaignUseCase {
    Campaign cancel(long campaignId);
}
