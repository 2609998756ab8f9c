package com.minicrm.adapter.in.rest.ai;

import com.minicrm.application.port.in.ai.FindLookalikesUseCase.Fit;
import com.minicrm.application.port.in.ai.FindLookalikesUseCase.Lookalikes;
import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.segment.RuleTree;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The lookalike audience: its size, the rule that selects it when one describes it well (else null,
 * and the description says it is a ranked list), how well that rule fits, why it is similar, and
 * the closest customers.
 */
public record LookalikeResponse(long size,
        @Schema(description = "A rule to save as a segment; null when no rule reproduces the ranked audience well",
                implementation = Object.class, nullable = true) Map<String, Object> rule,
        String description, boolean describedByRule, RuleFit fit, String usage, List<String> reasons, List<Member> sample,
        String engine) {
    /** One suggested customer, nearest first. */
    public record Member(String externalId, String name, String city) {}

    /** The best rule found against the ranked audience: its own size outside the seed and the overlap shares (0–1). */
    public record RuleFit(long ruleSize, double jaccard, double precision, double recall) {
        static RuleFit from(Fit fit) {
            return new RuleFit(fit.ruleSize(), round(fit.jaccard()), round(fit.precision()), round(fit.recall()));
        }

        private static double round(double share) {
            return Math.round(share * 1000) / 1000.0;
        }
    }

    /** The answer; {@code withSample} false leaves the closest customers out, for a caller not allowed to read customers. */
    static LookalikeResponse from(Lookalikes lookalikes, boolean withSample) {
        String description = lookalikes.rule().map(RuleDescription::describe).orElse(lookalikes.size() == 0
                ? "Nobody: every customer is in the seed."
                : "A ranked list of the " + RuleDescription.grouped(BigDecimal.valueOf(lookalikes.size()))
                        + " customers outside the seed nearest to it; no rule describes them well.");
        return new LookalikeResponse(lookalikes.size(), lookalikes.rule().map(RuleTree::of).orElse(null), description,
                lookalikes.rule().isPresent(), RuleFit.from(lookalikes.fit()), lookalikes.usage(), lookalikes.reasons(),
                withSample ? lookalikes.sample().stream().map(f -> new Member(f.externalId(), f.name(), f.city())).toList() : List.of(),
                lookalikes.engine());
    }
}
