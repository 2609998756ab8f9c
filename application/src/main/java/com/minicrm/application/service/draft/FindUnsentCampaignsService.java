package com.minicrm.application.service.draft;

import com.minicrm.application.port.in.draft.FindUnsentCampaignsUseCase;
import com.minicrm.application.port.out.draft.UnsentCampaigns;
import com.minicrm.domain.campaign.UnsentCampaign;
import java.util.List;
import java.util.Optional;

/** Lists the latest drafts (a page's worth: drafts are finished or discarded, not archived) and reads one. */
public class FindUnsentCampaignsService implements FindUnsentCampaignsUseCase {
    static final int LIST_LIMIT = 50;
    private final UnsentCampaigns drafts;

    public FindUnsentCampaignsService(UnsentCampaigns drafts) {
        this.drafts = drafts;
    }

    @Override
    public List<UnsentCampaign> latestFirst() {
        return drafts.latestFirst(LIST_LIMIT);
    }

    @Override
    public Optional<UnsentCampaign> byId(long id) {
        return drafts.withId(id);
    }
}
