package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.draft.DiscardUnsentCampaignUseCase;
import com.minicrm.application.port.in.draft.FindUnsentCampaignsUseCase;
import com.minicrm.application.port.in.draft.SaveUnsentCampaignUseCase;
import com.minicrm.application.port.out.draft.UnsentCampaigns;
import com.minicrm.application.service.draft.DiscardUnsentCampaignService;
import com.minicrm.application.service.draft.FindUnsentCampaignsService;
import com.minicrm.application.service.draft.SaveUnsentCampaignService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the campaign-draft use cases to their store. */
@ApplicationScoped
public class DraftWiring {
    @Produces
    @ApplicationScoped
    SaveUnsentCampaignUseCase saveDraft(UnsentCampaigns drafts, Clock clock) {
        return new SaveUnsentCampaignService(drafts, clock);
    }

    @Produces
    @ApplicationScoped
    FindUnsentCampaignsUseCase findDrafts(UnsentCampaigns drafts) {
        return new FindUnsentCampaignsService(drafts);
    }

    @Produces
    @ApplicationScoped
    DiscardUnsentCampaignUseCase discardDraft(UnsentCampaigns drafts) {
        return new DiscardUnsentCampaignService(drafts);
    }
}
