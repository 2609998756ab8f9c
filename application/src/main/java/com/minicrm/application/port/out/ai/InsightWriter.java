package com.minicrm.application.port.out.ai;

import com.minicrm.domain.insight.Fact;
import java.util.List;

/** Phrases a campaign's computed facts as a short, readable summary. It may only restate them. */
public interface InsightWriter {
    String engine();

    /** Throws {@link EngineFailedException} when the engine cannot answer. */
    String summarize(String campaignName, List<Fact> facts);
}
