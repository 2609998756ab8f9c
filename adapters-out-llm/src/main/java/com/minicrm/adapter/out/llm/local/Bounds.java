package com.minicrm.adapter.out.llm.local;

import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops a bound another condition of the same AND already implies: "lapsed (inactive 90+ days)
 * for 6 months" keeps Inactive ≥ 180, "repeat buyers who have ordered" keeps Orders ≥ 2.
 */
final class Bounds {
    private static final Set<Operator> LOWER = Set.of(Operator.GREATER, Operator.GREATER_OR_EQUAL);
    private static final Set<Operator> UPPER = Set.of(Operator.LESS, Operator.LESS_OR_EQUAL);

    private Bounds() {}

    static List<Rule> tightest(List<Rule> conjuncts) {
        List<Rule> kept = new ArrayList<>();
        for (Rule rule : conjuncts) {
            if (!conjuncts.stream().anyMatch(other -> other != rule && implies(other, rule))) {
                kept.add(rule);
            }
        }
        return kept;
    }

    /** Whether {@code a} holding makes {@code b} hold, for two one-sided bounds on the same field. */
    private static boolean implies(Rule a, Rule b) {
        if (!(a instanceof Condition x) || !(b instanceof Condition y) || x.field() != y.field() || x.equals(y)) {
            return false;
        }
        boolean lower = LOWER.contains(x.operator()) && LOWER.contains(y.operator());
        boolean upper = UPPER.contains(x.operator()) && UPPER.contains(y.operator());
        if (!lower && !upper) {
            return false;
        }
        int order = compare(x.single(), y.single());
        if (order == 0) {
            // "> 5" implies "≥ 5", not the other way
            return lower ? x.operator() == Operator.GREATER : x.operator() == Operator.LESS;
        }
        return lower ? order > 0 : order < 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }
}
