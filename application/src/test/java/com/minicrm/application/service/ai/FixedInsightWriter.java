package com.minicrm.application.service.ai;

import com.minicrm.application.port.out.ai.InsightWriter;
import com.minicrm.domain.insight.Fact;
import java.util.List;

/** An engine that always answers the same text, whatever the facts. */
record FixedInsightWriter(String engine, String text) implements InsightWriter {
    @Override
    public String summarize(String campaignName, List<Fact> facts) {
        return text;
    }
}
