package com.minicrm.adapter.out.llm.local;

import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.util.List;
import java.util.Set;

/**
 * Gives a span of days its meaning from the words around it: "inactive for 90 days",
 * "haven't shopped in 6 months" (had ordered, but not within), "bought in the last 2 weeks",
 * "last order more than 30 days ago", "active in the last month", "signed up in the last 30 days".
 */
final class Durations {
    /** What "inactive", "lapsed" or "active" mean without a number. */
    static final long DEFAULT_DAYS = 90;
    static final Set<String> VERBS = Set.of("shopped", "shop", "shopping", "ordered", "order", "orders",
            "ordering", "bought", "buy", "buying", "purchased", "purchase", "purchases", "purchasing", "transacted",
            "transaction", "transactions", "visited", "visit", "visits", "seen");

    /** Who "recent buyers (last 14 days)" names: people by their purchases, and "placed" of "placed an order". */
    private static final Set<String> BUYERS = Set.of("placed", "buyer", "buyers", "purchaser", "purchasers", "shopper", "shoppers");

    private final ClauseReader clause;

    Durations(ClauseReader clause) {
        this.clause = clause;
    }

    boolean resolve(Quantity q, Operator op, int start) {
        List<String> t = clause.tokens();
        long days = q.value().longValue();
        boolean ago = t.contains("ago");
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k);
            if (!clause.isFree(k)) {
                continue;
            }
            if (Lexicon.INACTIVE_WORDS.contains(w) || (w.equals("not") && clause.word(k + 1).equals("active"))) {
                boolean negated = clause.negatedBefore(k) || (op != null && clause.negatedBefore(start));
                clause.keyword(k);
                clause.keyword(k + 1);
                Rule rule = ClauseReader.numeric(Field.INACTIVE_DAYS, op == null ? Operator.GREATER_OR_EQUAL : op, q.value(), q.upper());
                if (negated) {
                    return clause.add(start, Negations.of(rule));
                }
                // "lapsed" and "churned" customers had ordered before they stopped
                boolean hadOrders = w.equals("lapsed") || w.equals("churned");
                return clause.add(start, hadOrders ? Rule.and(hasOrdered(), rule) : rule);
            }
            if (w.equals("active") || w.equals("activity")) {
                boolean negated = clause.negatedBefore(k);
                clause.keyword(k);
                // "last active more than 30 days ago" is inactive for more than 30 days
                Rule rule = ago ? ClauseReader.numeric(Field.INACTIVE_DAYS, op == null ? Operator.GREATER_OR_EQUAL : op, q.value(), q.upper())
                        : new Condition(Field.INACTIVE_DAYS, Operator.LESS, days);
                return clause.add(start, negated ? Negations.of(rule) : rule);
            }
            int sinceEnd = sinceLastOrder(t, k);
            if (sinceEnd > 0) {
                // "3 days since last order" names the field itself, whoever has or has not ordered
                // "days since last order outside 20–40": the unit may stand before the field's name
                clause.mark(clause.word(k - 1).equals("days") ? k - 1 : k, sinceEnd, ClauseReader.Role.KEYWORD);
                Rule rule = ClauseReader.numeric(Field.INACTIVE_DAYS, op == null ? Operator.EQUAL : op, q.value(), q.upper());
                return clause.add(start, clause.negatedBefore(start) ? Negations.of(rule) : rule);
            }
            if ((w.equals("last") || w.equals("latest") || w.equals("recent") || w.equals("most")) && VERBS.contains(clause.word(k + 1))) {
                clause.keyword(k);
                clause.keyword(k + 1);
                return clause.add(start, lastOrder(op == null ? (ago ? Operator.GREATER_OR_EQUAL : Operator.LESS) : op, q));
            }
            if (w.equals("first") && VERBS.contains(clause.word(k + 1))) {
                clause.keyword(k);
                clause.keyword(k + 1);
                return clause.add(start, relativeDate(Field.FIRST_ORDER_AT, op, ago, days));
            }
            if (Lexicon.SIGNUP_WORDS.contains(w)) {
                clause.keyword(k);
                if (clause.word(k + 1).equals("up")) {
                    clause.keyword(k + 1);
                }
                return clause.add(start, relativeDate(Field.SIGNUP_AT, op, ago, days));
            }
        }
        for (int k = 0; k < t.size(); k++) {
            if (clause.isFree(k) && VERBS.contains(t.get(k))) {
                boolean negated = clause.negatedBefore(k) || clause.negatedBefore(start);
                clause.keyword(k);
                if (negated) {
                    // "haven't ordered in 15 days" also holds for whoever never ordered and joined long enough ago
                    Operator at = op == Operator.GREATER ? Operator.GREATER : Operator.GREATER_OR_EQUAL;
                    return clause.add(start, new Condition(Field.INACTIVE_DAYS, at, days));
                }
                boolean older = ago && (op == null || op == Operator.GREATER || op == Operator.GREATER_OR_EQUAL);
                return clause.add(start, lastOrder(older ? (op == null ? Operator.GREATER_OR_EQUAL : op)
                        : op == Operator.LESS_OR_EQUAL ? Operator.LESS_OR_EQUAL : Operator.LESS, q));
            }
        }
        for (int k = 0; k < t.size(); k++) {
            if (VERBS.contains(t.get(k)) || BUYERS.contains(t.get(k))) {
                boolean older = ago && (op == null || op == Operator.GREATER || op == Operator.GREATER_OR_EQUAL);
                return clause.add(start, lastOrder(older ? (op == null ? Operator.GREATER_OR_EQUAL : op)
                        : op == Operator.LESS_OR_EQUAL ? Operator.LESS_OR_EQUAL : Operator.LESS, q));
            }
        }
        return false;
    }

    /** The end of "since (their) last order" starting at {@code k}, or -1. */
    static int sinceLastOrder(List<String> t, int k) {
        int last = k + 1 < t.size() && Set.of("their", "the", "a").contains(t.get(k + 1)) ? k + 2 : k + 1;
        boolean found = t.get(k).equals("since") && last + 1 < t.size() && Set.of("last", "latest").contains(t.get(last))
                && VERBS.contains(t.get(last + 1));
        return found ? last + 2 : -1;
    }

    private static Rule lastOrder(Operator op, Quantity q) {
        return Rule.and(hasOrdered(), ClauseReader.numeric(Field.INACTIVE_DAYS, op, q.value(), q.upper()));
    }

    private static Condition hasOrdered() {
        return new Condition(Field.VISITS, Operator.GREATER_OR_EQUAL, 1L);
    }

    /** "in the last 30 days" is on or after today − 30; "more than a year ago" is before today − 365. */
    private Rule relativeDate(Field field, Operator op, boolean ago, long days) {
        boolean older = ago && (op == null || op == Operator.GREATER || op == Operator.GREATER_OR_EQUAL);
        return new Condition(field, older ? Operator.LESS : Operator.GREATER_OR_EQUAL, clause.today().minusDays(days));
    }
}
