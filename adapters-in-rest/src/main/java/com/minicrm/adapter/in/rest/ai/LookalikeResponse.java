package com.minicrm.adapter.in.rest.ai;

import com.minicrm.application.port.in.ai.FindLookalikesUseCase.Lookalikes;
import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.segment.RuleTree;
import java.util.List;
import java.util.Map;

/** The lookalike audience: its size, the rule that selects it (to save as a segment), why it is similar, and the closest customers. */
public record LookalikeResponse(long size, Map<String, Object> rule, String description, List<String> reasons,
        List<Member> sample, String engine) {
    /** One suggested customer. */
    public record Member(String externalId, String name, String city) {}

    static LookalikeResponse from(Lookalikes lookalikes) {
        return new LookalikeResponse(lookalikes.size(), RuleTree.of(lookalikes.rule()), RuleDescription.describe(lookalikes.rule()),
                lookalikes.reasons(), lookalikes.sample().stream().map(f -> new Member(f.externalId(), f.name(), f.city())).toList(),
                lookalikes.engine());
    }
}
