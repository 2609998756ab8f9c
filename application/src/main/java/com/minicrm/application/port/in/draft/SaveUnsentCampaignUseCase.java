package com.minicrm.application.port.in.draft;

import com.minicrm.domain.campaign.UnsentCampaign;

/** Saves a campaign to finish later, new or over an earlier save; throws {@code UnsentCampaignNotFoundException}. */
public interface SaveUnsentCampaignUseCase {
    UnsentCampaign save(Long id, String name, String template, String channel, String ruleJson, String createdBy);
}
