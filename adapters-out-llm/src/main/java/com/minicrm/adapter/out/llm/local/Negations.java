package com.minicrm.adapter.out.llm.local;

import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.util.List;
import java.util.Map;

/** The opposite of a rule, written with the complementary operator where one exists so the builder shows it plainly. */
final class Negations {
    private static final Map<Operator, Operator> OPPOSITE = Map.ofEntries(
            Map.entry(Operator.EQUAL, Operator.NOT_EQUAL), Map.entry(Operator.NOT_EQUAL, Operator.EQUAL),
            Map.entry(Operator.LESS, Operator.GREATER_OR_EQUAL), Map.entry(Operator.GREATER_OR_EQUAL, Operator.LESS),
            Map.entry(Operator.GREATER, Operator.LESS_OR_EQUAL), Map.entry(Operator.LESS_OR_EQUAL, Operator.GREATER),
            Map.entry(Operator.BETWEEN, Operator.NOT_BETWEEN), Map.entry(Operator.NOT_BETWEEN, Operator.BETWEEN),
            Map.entry(Operator.IN, Operator.NOT_IN), Map.entry(Operator.NOT_IN, Operator.IN),
            Map.entry(Operator.CONTAINS, Operator.DOES_NOT_CONTAIN), Map.entry(Operator.DOES_NOT_CONTAIN, Operator.CONTAINS),
            Map.entry(Operator.IS_NULL, Operator.IS_NOT_NULL), Map.entry(Operator.IS_NOT_NULL, Operator.IS_NULL));

    private Negations() {}

    static Rule of(Rule rule) {
        return rule.fold(
                group -> new Group(group.combinator(), !group.not(), group.rules()),
                condition -> {
                    Operator opposite = OPPOSITE.get(condition.operator());
                    if (opposite == null || !condition.field().type().allows(opposite)) {
                        return new Group(Combinator.AND, true, List.of(condition));
                    }
                    return new Condition(condition.field(), opposite, condition.value());
                });
    }
}
