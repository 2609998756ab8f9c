package com.minicrm.application.port.out.outcome;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.outcome.CampaignOutcomes;
import com.minicrm.domain.outcome.ConversionsAt;
import com.minicrm.domain.outcome.OutcomeTotals;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The orders attributed to campaigns, kept up to date as orders and receipts are stored. */
public interface Outcomes {
    /** One campaign's results per variant (a single entry keyed {@code null} without variants) and its holdout. */
    CampaignOutcomes of(Campaign campaign);

    /** Totals for these campaigns; a campaign without attributed orders is missing from the answer. */
    Map<Long, OutcomeTotals> totals(Collection<Long> campaignIds);

    /** Attributed orders per day since the campaign started, oldest first. */
    List<ConversionsAt> daily(long campaignId);
}
