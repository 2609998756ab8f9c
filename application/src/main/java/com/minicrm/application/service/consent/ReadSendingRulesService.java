package com.minicrm.application.service.consent;

import com.minicrm.application.port.in.consent.ReadSendingRulesUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.consent.QuietHoursHolds;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.consent.FrequencyCap;
import com.minicrm.domain.consent.QuietHours;
import java.time.Instant;
import java.util.Optional;

/** Reads the configured rules; a hold counts only while its campaign still runs. */
public class ReadSendingRulesService implements ReadSendingRulesUseCase {
    private final FrequencyCap cap;
    private final QuietHours quietHours;
    private final QuietHoursHolds holds;
    private final Campaigns campaigns;

    public ReadSendingRulesService(FrequencyCap cap, QuietHours quietHours, QuietHoursHolds holds, Campaigns campaigns) {
        this.cap = cap;
        this.quietHours = quietHours;
        this.holds = holds;
        this.campaigns = campaigns;
    }

    @Override
    public FrequencyCap frequencyCap() {
        return cap;
    }

    @Override
    public QuietHours quietHours() {
        return quietHours;
    }

    @Override
    public Optional<Instant> quietHoursResumeAt(long campaignId) {
        return holds.resumeAt(campaignId).filter(at -> campaigns.byId(campaignId)
                .map(c -> c.status() == CampaignStatus.RUNNING).orElse(false));
    }
}
