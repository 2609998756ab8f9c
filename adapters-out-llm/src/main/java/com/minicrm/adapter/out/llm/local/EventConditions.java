package com.minicrm.adapter.out.llm.local;

import com.minicrm.adapter.out.llm.local.ClauseReader.Role;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.util.List;
import java.util.Set;

/**
 * Reads the conditions named by a word alone: "first-time", "repeat", "lapsed", "active", "has
 * ordered", "never bought".
 */
final class EventConditions {
    /** Present-tense purchase verbs, which describe shoppers rather than state that they ordered. */
    private static final Set<String> HABITUAL = Set.of("shop", "shopping", "buy", "buying", "purchasing", "ordering");

    private final ClauseReader clause;
    private final List<String> t;

    EventConditions(ClauseReader clause) {
        this.clause = clause;
        this.t = clause.tokens();
    }

    void events() {
        for (int i = 0; i < t.size(); i++) {
            if (!clause.isFree(i)) {
                continue;
            }
            String w = t.get(i);
            if (w.equals("first") && Set.of("time", "timer", "timers").contains(clause.word(i + 1))) {
                clause.mark(i, i + 2, Role.ATOM);
                clause.add(i, new Condition(Field.VISITS, Operator.EQUAL, 1L));
            } else if (w.equals("repeat") || w.equals("returning")) {
                clause.mark(i, i + 1, Role.ATOM);
                clause.add(i, new Condition(Field.VISITS, Operator.GREATER_OR_EQUAL, 2L));
            } else if (Lexicon.INACTIVE_WORDS.contains(w)) {
                boolean negated = clause.negatedBefore(i);
                clause.mark(i, i + 1, Role.ATOM);
                Rule inactive = new Condition(Field.INACTIVE_DAYS, negated ? Operator.LESS : Operator.GREATER_OR_EQUAL, Durations.DEFAULT_DAYS);
                boolean hadOrders = (w.equals("lapsed") || w.equals("churned")) && !negated;
                clause.add(i, hadOrders ? Rule.and(new Condition(Field.VISITS, Operator.GREATER_OR_EQUAL, 1L), inactive) : inactive);
            } else if (w.equals("active")) {
                boolean negated = clause.negatedBefore(i);
                clause.mark(i, i + 1, Role.ATOM);
                clause.add(i, new Condition(Field.INACTIVE_DAYS, negated ? Operator.GREATER_OR_EQUAL : Operator.LESS, Durations.DEFAULT_DAYS));
            } else if (ClauseReader.POSITIVE_PURCHASE.contains(w)) {
                boolean negated = clause.negatedBefore(i);
                boolean spendNoun = Lexicon.MONEY_WORDS.contains(clause.word(i + 1)) || clause.word(i + 1).equals("amount")
                        || Set.of("total", "cumulative", "lifetime").contains(clause.word(i - 1));
                if (!negated && (HABITUAL.contains(w) || spendNoun)) {
                    // "total purchases worth", "purchase value": the amount is the condition, not that they ordered
                    // "customers who are shopping from Chennai" says who they are, not that they have ordered
                    clause.keyword(i);
                    continue;
                }
                clause.mark(i, i + 1, Role.ATOM);
                clause.add(i, negated ? new Condition(Field.VISITS, Operator.EQUAL, 0L) : new Condition(Field.VISITS, Operator.GREATER_OR_EQUAL, 1L));
            }
        }
    }
}
