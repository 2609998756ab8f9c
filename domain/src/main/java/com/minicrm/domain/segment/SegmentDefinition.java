package com.minicrm.domain.segment;

import com.minicrm.domain.validation.Violations;
import java.util.Objects;
import java.util.Optional;

/** What a marketer defines a segment with: a name, an optional description and the rule. */
public record SegmentDefinition(String name, String description, Rule rule) {
    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 500;

    public SegmentDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        name = name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    /** Validates raw input (the rule as a generic JSON tree) and reports every problem at once. */
    public static SegmentDefinition of(String name, String description, Object ruleTree) {
        Violations violations = new Violations();
        violations.requireText("name", name, MAX_NAME);
        violations.maxLength("description", description, MAX_DESCRIPTION);
        Optional<Rule> rule = ruleTree == null ? Optional.empty() : RuleParser.parseInto(ruleTree, "rule", violations);
        if (ruleTree == null) {
            violations.add("rule", "is required");
        }
        violations.throwIfAny();
        return new SegmentDefinition(name, description, rule.orElseThrow());
    }
}
