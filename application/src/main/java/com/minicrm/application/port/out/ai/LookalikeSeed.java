package com.minicrm.application.port.out.ai;

import com.minicrm.domain.segment.Rule;
import java.util.Objects;

/** Whom a lookalike audience should resemble: the customers a rule selects, or a campaign's converters. */
public sealed interface LookalikeSeed {
    /** The customers a segment rule selects (a campaign's frozen rule, say). */
    record Matching(Rule rule) implements LookalikeSeed {
        public Matching {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** The delivered recipients of a campaign with at least one attributed order: "those who bought after it". */
    record ConvertersOf(long campaignId) implements LookalikeSeed {}
}
