package com.minicrm.adapter.in.rest.ai;

import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleParser;
import com.minicrm.domain.validation.Violations;

/** Reads a rule sent inside an AI request, reporting its problems under the request's field name. */
final class AiRules {
    private AiRules() {}

    static Rule parse(String field, Object tree) {
        Violations violations = new Violations();
        Rule rule = RuleParser.parseInto(tree, field, violations).orElse(null);
        violations.throwIfAny();
        return rule;
    }
}
