package com.minicrm.application.service.ai;

import com.minicrm.application.port.in.ai.SummarizeCampaignUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.ai.CampaignStatistics;
import com.minicrm.application.port.out.ai.EngineFailedException;
import com.minicrm.application.port.out.ai.InsightWriter;
import com.minicrm.application.port.out.outcome.Outcomes;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.insight.Fact;
import com.minicrm.domain.insight.FactCheck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a campaign's facts, its delivery and its conversion outcomes, and has them phrased; a summary holding any number that is not one
 * of the facts, or a rate without its base, is thrown away and the local engine's phrasing is used
 * instead. The local phrasing must pass the same check; when it does not (facts on mixed bases, say),
 * that is a bug here, and no summary is shown.
 */
public class SummarizeCampaignService implements SummarizeCampaignUseCase {
    private final Campaigns campaigns;
    private final CampaignStatistics statistics;
    private final Outcomes outcomes;
    private final InsightWriter engine;
    private final InsightWriter local;
    private final Clock clock;

    public SummarizeCampaignService(Campaigns campaigns, CampaignStatistics statistics, Outcomes outcomes, InsightWriter engine,
            InsightWriter local, Clock clock) {
        this.campaigns = campaigns;
        this.statistics = statistics;
        this.outcomes = outcomes;
        this.engine = engine;
        this.local = local;
        this.clock = clock;
    }

    @Override
    public CampaignInsights insights(long campaignId) {
        Campaign campaign = campaigns.byId(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        List<Fact> facts = new ArrayList<>(CampaignFacts.of(campaign, statistics.of(campaignId), clock.instant()));
        facts.addAll(OutcomeFacts.of(outcomes.of(campaign)));
        if (engine != local) {
            try {
                String text = engine.summarize(campaign.name(), facts);
                if (text != null && !text.isBlank() && FactCheck.problems(text, facts).isEmpty()) {
                    return new CampaignInsights(text.strip(), facts, engine.engine());
                }
            } catch (EngineFailedException e) {
                // the local engine phrases them instead; the response names it
            }
        }
        String text = local.summarize(campaign.name(), facts);
        List<String> problems = FactCheck.problems(text, facts);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the local summary of campaign " + campaignId + " " + problems);
        }
        return new CampaignInsights(text, facts, local.engine());
    }
}
