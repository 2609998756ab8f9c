package com.minicrm.adapter.in.web.campaign;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import io.quarkus.qute.TemplateExtension;

/**
 * Whether a campaign's audience is still being frozen, or was never counted at all. Until it is
 * frozen, the audience size and the share delivered are partial numbers that climb chunk by chunk, so
 * the pages say "preparing audience…" instead of showing them; a campaign that never started
 * (scheduled, or cancelled before its time) has no audience yet, so its zeros are not shown as results.
 */
@TemplateExtension
public final class AudienceProgress {
    private AudienceProgress() {}

    public static boolean preparingAudience(Campaign campaign) {
        return campaign.status() == CampaignStatus.RUNNING && !campaign.isAudienceFrozen();
    }

    public static boolean neverStarted(Campaign campaign) {
        return campaign.startedAt().isEmpty();
    }
}
