package com.minicrm.application.port.in.ai;

import com.minicrm.domain.insight.Fact;
import java.util.List;

/** Campaign insight summary: facts computed by code, and a summary that only restates them. */
public interface SummarizeCampaignUseCase {
    CampaignInsights insights(long campaignId);

    record CampaignInsights(String summary, List<Fact> facts, String engine) {
        public CampaignInsights {
            facts = List.copyOf(facts);
        }
    }
}
