package com.minicrm.application.service.draft;

import com.minicrm.application.port.in.draft.DiscardUnsentCampaignUseCase;
import com.minicrm.application.port.out.draft.UnsentCampaigns;

/** Removes a draft; a second discard, say after a retried launch, finds nothing and does nothing. */
public class DiscardUnsentCampaignService implements DiscardUnsentCampaignUseCase {
    private final UnsentCampaigns drafts;

    public DiscardUnsentCampaignService(UnsentCampaigns drafts) {
        this.drafts = drafts;
    }

    @Override
    public void discard(long id) {
        drafts.remove(id);
    }
}
