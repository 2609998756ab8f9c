package com.minicrm.application.port.in.ai;

import com.minicrm.application.port.out.ai.CustomerFeatures.Features;
import com.minicrm.domain.segment.Rule;
import java.util.List;

/** Lookalike audience: customers outside a seed who resemble it, as a rule that can become a segment. */
public interface FindLookalikesUseCase {
    Lookalikes find(Rule seed);

    /** {@code sample} is the most similar customers first. */
    record Lookalikes(long size, Rule rule, List<String> reasons, List<Features> sample, String engine) {
        public Lookalikes {
            reasons = List.copyOf(reasons);
            sample = List.copyOf(sample);
        }
    }
}
