package com.minicrm.application.service.ai;

import com.minicrm.application.port.out.outcome.Outcomes;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.outcome.CampaignOutcomes;
import com.minicrm.domain.outcome.ConversionsAt;
import com.minicrm.domain.outcome.OutcomeTotals;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Outcomes as a test sets them: the same for every campaign. */
record FixedOutcomes(CampaignOutcomes outcomes) implements Outcomes {
    @Override
    public CampaignOutcomes of(Campaign campaign) {
        return outcomes;
    }

    @Override
    public Map<Long, OutcomeTotals> totals(Collection<Long> campaignIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ConversionsAt> daily(long campaignId) {
        throw new UnsupportedOperationException();
    }
}
