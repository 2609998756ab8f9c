package com.minicrm.adapter.out.llm.local;

import com.minicrm.adapter.out.llm.local.Clause.Join;
import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins a text condition with the one the next clause continues: "name is 'A' or 'B'" becomes a
 * list, "email ends with @gmail.com or @outlook.com" an OR of the two, since one customer cannot
 * match two exact values, prefixes or suffixes at once; "doesn't contain" stays an AND.
 */
final class TextLists {
    private static final Set<Operator> EXACT = Set.of(Operator.EQUAL, Operator.IN);
    private static final Set<Operator> NOT_EXACT = Set.of(Operator.NOT_EQUAL, Operator.NOT_IN);

    private TextLists() {}

    static boolean related(Operator previous, Operator next) {
        return previous == next || (EXACT.contains(previous) && EXACT.contains(next))
                || (NOT_EXACT.contains(previous) && (NOT_EXACT.contains(next) || next == Operator.EQUAL));
    }

    static List<Rule> merge(List<Rule> rules, Condition previous, Condition next, Join join) {
        List<Rule> out = new ArrayList<>(rules);
        int at = out.size() - 1;
        Rule last = out.get(at);
        Operator op = previous.operator();
        if (EXACT.contains(op) || NOT_EXACT.contains(op)) {
            List<Object> values = new ArrayList<>(previous.operands());
            next.operands().stream().filter(v -> !values.contains(v)).forEach(values::add);
            Condition list = new Condition(previous.field(), EXACT.contains(op) ? Operator.IN : Operator.NOT_IN, List.copyOf(values));
            out.set(at, replace(last, previous, list));
            return out;
        }
        if (op == Operator.DOES_NOT_CONTAIN || (join == Join.AND && op == Operator.CONTAINS)) {
            out.add(next);
            return out;
        }
        if (last instanceof Group g && g.combinator() == Combinator.OR && !g.not()) {
            List<Rule> alternatives = new ArrayList<>(g.rules());
            alternatives.add(next);
            out.set(at, new Group(Combinator.OR, false, alternatives));
        } else {
            out.set(at, new Group(Combinator.OR, false, List.of(last, next)));
        }
        return out;
    }

    private static Rule replace(Rule last, Condition previous, Condition list) {
        if (last instanceof Group g) {
            List<Rule> inner = new ArrayList<>(g.rules());
            inner.set(inner.lastIndexOf(previous), list);
            return new Group(g.combinator(), g.not(), inner);
        }
        return list;
    }
}
