package com.minicrm.application.port.out.ai;

import java.util.List;

/** Labels a campaign (Win-back, High value, New customers...) from its frozen rule (JSON) and its message. */
public interface CampaignTagger {
    /** Tags nothing, for wiring that has no tagger. */
    CampaignTagger NONE = (ruleJson, message) -> List.of();

    List<String> tags(String ruleJson, String message);
}
