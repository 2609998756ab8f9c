package com.minicrm.domain.segment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a rule back into the generic JSON tree {@link RuleParser} reads, for storage and responses. */
public final class RuleTree {
    private RuleTree() {}

    public static Map<String, Object> of(Rule rule) {
        return rule.fold(RuleTree::group, RuleTree::condition);
    }

    private static Map<String, Object> group(Group group) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("combinator", group.combinator().json());
        node.put("not", group.not());
        node.put("rules", group.rules().stream().map(RuleTree::of).toList());
        return node;
    }

    private static Map<String, Object> condition(Condition condition) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("field", condition.field().json());
        node.put("operator", condition.operator().json());
        switch (condition.operator().arity()) {
            case NONE -> { }
            case ONE -> node.put("value", json(condition.single()));
            case RANGE, LIST -> node.put("value", condition.operands().stream().map(RuleTree::json).toList());
        }
        return node;
    }

    private static Object json(Object operand) {
        return operand instanceof LocalDate date ? date.toString() : operand;
    }

}
