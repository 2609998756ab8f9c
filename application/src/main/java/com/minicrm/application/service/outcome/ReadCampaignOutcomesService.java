package com.minicrm.application.service.outcome;

import com.minicrm.application.port.in.outcome.ReadCampaignOutcomesUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.outcome.Outcomes;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.outcome.CampaignOutcomes;
import com.minicrm.domain.outcome.ConversionsAt;
import com.minicrm.domain.outcome.OutcomeTotals;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads outcomes, which storage keeps current; nothing is computed over the order table here. */
public class ReadCampaignOutcomesService implements ReadCampaignOutcomesUseCase {
    private final Campaigns campaigns;
    private final Outcomes outcomes;

    public ReadCampaignOutcomesService(Campaigns campaigns, Outcomes outcomes) {
        this.campaigns = campaigns;
        this.outcomes = outcomes;
    }

    @Override
    public CampaignOutcomes outcomes(long campaignId) {
        return outcomes.of(campaign(campaignId));
    }

    @Override
    public Map<Long, OutcomeTotals> totals(Collection<Long> campaignIds) {
        Map<Long, OutcomeTotals> found = campaignIds.isEmpty() ? Map.of() : outcomes.totals(campaignIds);
        Map<Long, OutcomeTotals> all = new LinkedHashMap<>();
        campaignIds.forEach(id -> all.put(id, found.getOrDefault(id, OutcomeTotals.NONE)));
        return all;
    }

    @Override
    public List<ConversionsAt> daily(long campaignId) {
        return outcomes.daily(campaign(campaignId).requireId());
    }

    private Campaign campaign(long id) {
        return campaigns.byId(id).orElseThrow(() -> new CampaignNotFoundException(id));
    }
}
