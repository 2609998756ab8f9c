package com.minicrm.adapter.out.persistence.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.out.persistence.segment.CompiledRules;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleParser;
import com.minicrm.domain.segment.RuleTree;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a campaign's frozen rule (the segment rule's public JSON shape) through the segment rule
 * parser, and compiles it with the segment compiler, so campaigns and previews match the same customers.
 */
final class AudienceFilters {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private AudienceFilters() {}

    /** Parses and validates; problems are reported under {@code rule}. */
    static Rule parse(String ruleJson) {
        Object tree;
        try {
            tree = JSON.readValue(ruleJson, Object.class);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("rule", "is not valid JSON");
        }
        Violations violations = new Violations();
        Rule rule = RuleParser.parseInto(tree, "rule", violations).orElse(null);
        violations.throwIfAny();
        return rule;
    }

    /** The rule in the one JSON shape segments store, so a frozen copy reads like a segment's rule. */
    static String canonical(Rule rule) {
        try {
            return JSON.writeValueAsString(RuleTree.of(rule));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule tree always serialises", e);
        }
    }

    /** The predicate over {@code customer c}, with relative days measured from {@code asOf}. */
    static AudienceFilter compile(String ruleJson, Instant asOf) {
        List<Object> binds = new ArrayList<>();
        String where = CompiledRules.where(parse(ruleJson), asOf, binds);
        return new AudienceFilter(where, binds);
    }
}
