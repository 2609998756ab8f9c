package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.campaign.EditScheduledCampaignUseCase;
import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.ai.CampaignTagger;
import com.minicrm.domain.campaign.Audience;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.IllegalCampaignTransitionException;
import java.time.Clock;
import java.time.Instant;

/**
 * Checks the edit like a launch (the draft, then the audience rule), lets the campaign decide whether it
 * may still change, and writes it only while storage still holds it as scheduled: the scheduler may
 * start it between the read and the write, and then the edit is refused rather than lost or half applied.
 */
public class EditScheduledCampaignService implements EditScheduledCampaignUseCase {
    private final AudienceRules audienceRules;
    private final Campaigns campaigns;
    private final CampaignTagger tagger;
    private final Clock clock;

    public EditScheduledCampaignService(AudienceRules audienceRules, Campaigns campaigns, CampaignTagger tagger, Clock clock) {
        this.audienceRules = audienceRules;
        this.campaigns = campaigns;
        this.tagger = tagger;
        this.clock = clock;
    }

    @Override
    public Campaign edit(long campaignId, CampaignDraft draft) {
        Campaign current = campaigns.byId(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        if (current.status() != CampaignStatus.SCHEDULED) {
            throw IllegalCampaignTransitionException.notEditable(campaignId, current.status());
        }
        CampaignDraft.Valid valid = draft.validate();
        Audience audience = audienceRules.freeze(valid.segmentId(), valid.rule());
        Instant now = clock.instant();
        Campaign revised = current.revise(valid, audience, tagger.tags(audience.frozenRule(), valid.template().text()), now);
        return campaigns.revise(revised).orElseThrow(() -> {
            Campaign after = campaigns.byId(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
            return IllegalCampaignTransitionException.notEditable(campaignId, after.status());
        });
    }
}
