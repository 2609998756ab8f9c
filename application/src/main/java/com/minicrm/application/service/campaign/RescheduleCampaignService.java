package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.campaign.RescheduleCampaignUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;

/** Lets the campaign decide whether it may still move, under the lock that also guards its start. */
public class RescheduleCampaignService implements RescheduleCampaignUseCase {
    private final Campaigns campaigns;
    private final Clock clock;

    public RescheduleCampaignService(Campaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public Campaign reschedule(long campaignId, Instant at) {
        if (at == null) {
            throw InvalidInputException.of("scheduledAt", "is required");
        }
        return campaigns.reschedule(campaignId, at, clock.instant()).orElseThrow(() -> new CampaignNotFoundException(campaignId));
    }
}
