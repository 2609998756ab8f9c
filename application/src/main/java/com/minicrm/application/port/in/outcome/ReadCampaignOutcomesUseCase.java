package com.minicrm.application.port.in.outcome;

import com.minicrm.domain.outcome.CampaignOutcomes;
import com.minicrm.domain.outcome.ConversionsAt;
import com.minicrm.domain.outcome.OutcomeTotals;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What campaigns achieved: conversions, attributed revenue, variants, holdout and lift. */
public interface ReadCampaignOutcomesUseCase {
    /** Throws {@code CampaignNotFoundException} when there is no such campaign. */
    CampaignOutcomes outcomes(long campaignId);

    /** Totals for each of these campaigns, zero for those without conversions. */
    Map<Long, OutcomeTotals> totals(Collection<Long> campaignIds);

    /** Throws {@code CampaignNotFoundException} when there is no such campaign. */
    List<ConversionsAt> daily(long campaignId);
}
