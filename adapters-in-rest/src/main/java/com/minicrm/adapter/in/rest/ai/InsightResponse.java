package com.minicrm.adapter.in.rest.ai;

import com.minicrm.application.port.in.ai.SummarizeCampaignUseCase.CampaignInsights;
import java.util.List;

/** A campaign's summary and the facts it was built from. */
public record InsightResponse(String summary, List<FactResponse> facts, String engine) {
    /**
     * One computed fact; {@code value} is a whole number, a rate with one decimal or an amount with
     * its paise, and {@code base} says what a rate is a share of ({@code finished} messages, delivered
     * {@code recipients}, {@code holdout} members), null for a count or an amount.
     */
    public record FactResponse(String key, String label, Number value, String base) {}

    static InsightResponse from(CampaignInsights insights) {
        return new InsightResponse(insights.summary(),
                insights.facts().stream().map(f -> new FactResponse(f.key(), f.label(), f.number(),
                        f.isRate() ? f.base().word() : null)).toList(), insights.engine());
    }
}
