package com.minicrm.application.service.draft;

import com.minicrm.application.port.in.draft.SaveUnsentCampaignUseCase;
import com.minicrm.application.port.out.draft.UnsentCampaigns;
import com.minicrm.domain.campaign.UnsentCampaign;
import com.minicrm.domain.campaign.UnsentCampaignNotFoundException;
import java.time.Clock;

/** Saves a draft stamped with the clock's now, over the earlier save when it has an id. */
public class SaveUnsentCampaignService implements SaveUnsentCampaignUseCase {
    private final UnsentCampaigns drafts;
    private final Clock clock;

    public SaveUnsentCampaignService(UnsentCampaigns drafts, Clock clock) {
        this.drafts = drafts;
        this.clock = clock;
    }

    @Override
    public UnsentCampaign save(Long id, UnsentCampaign.Form form, String createdBy) {
        UnsentCampaign draft = UnsentCampaign.of(id, form, createdBy, clock.instant());
        return drafts.save(draft).orElseThrow(() -> new UnsentCampaignNotFoundException(id));
    }
}
