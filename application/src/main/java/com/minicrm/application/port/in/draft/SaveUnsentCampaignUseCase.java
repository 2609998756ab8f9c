package com.minicrm.application.port.in.draft;

import com.minicrm.domain.campaign.UnsentCampaign;

/** Saves a campaign to finish later, new or over an earlier save; throws {@code UnsentCampaignNotFoundException}. */
public interface SaveUnsentCampaignUseCase {
    UnsentCampaign save(Long id, UnsentCampaign.Form form, String createdBy);
}
