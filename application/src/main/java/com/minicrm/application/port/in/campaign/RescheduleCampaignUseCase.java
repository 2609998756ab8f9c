package com.minicrm.application.port.in.campaign;

import com.minicrm.domain.campaign.Campaign;
import java.time.Instant;

/**
 * Moves a scheduled campaign to another time before it starts. Throws {@code CampaignNotFoundException},
 * {@code IllegalCampaignTransitionException} once it has started, and {@code InvalidInputException} for a time not ahead.
 */
public interface RescheduleCampaignUseCase {
    Campaign reschedule(long campaignId, Instant at);
}
