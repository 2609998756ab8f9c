package com.minicrm.application.service;

import com.minicrm.application.port.in.CancelCampaignUseCase;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import java.time.Clock;

/** Cancels a campaign; the log withdraws its queued messages and the campaign counts them, in one unit of work. */
public class CancelCampaignService implements CancelCampaignUseCase {
    private final CommunicationLog log;
    private final Clock clock;

    public CancelCampaignService(CommunicationLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public Campaign cancel(long campaignId) {
        return log.cancel(campaignId, clock.instant()).orElseThrow(() -> new CampaignNotFoundException(campaignId));
    }
}
