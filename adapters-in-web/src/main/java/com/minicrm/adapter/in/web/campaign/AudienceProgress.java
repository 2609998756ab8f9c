package com.minicrm.adapter.in.web.campaign;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import io.quarkus.qute.TemplateExtension;

/**
 * Whether a campaign's audience is still being frozen. Until it is, the audience size and the share
 * delivered are partial numbers that climb chunk by chunk, so the pages say "preparing audience…"
 * instead of showing them.
 */
@TemplateExtension
public final class AudienceProgress {
    private AudienceProgress() {}

    public static boolean preparingAudience(Campaign campaign) {
        return campaign.status() == CampaignStatus.RUNNING && !campaign.isAudienceFrozen();
    }
}
