package com.minicrm.application.port.in.draft;

import com.minicrm.domain.campaign.UnsentCampaign;
import java.util.List;
import java.util.Optional;

/** Reads the drafts, to list them and to open one in the builder. */
public interface FindUnsentCampaignsUseCase {
    List<UnsentCampaign> latestFirst();

    Optional<UnsentCampaign> byId(long id);
}
