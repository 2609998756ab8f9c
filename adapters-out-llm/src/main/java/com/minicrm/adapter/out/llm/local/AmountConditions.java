package com.minicrm.adapter.out.llm.local;

import com.minicrm.adapter.out.llm.local.ClauseReader.Role;
import com.minicrm.adapter.out.llm.local.Quantity.Kind;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.FieldType;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads amounts, counts and spans of days with the comparison around them, and gives each its
 * field: "spent over ₹5K", "3 or more orders", "AOV not between 2k and 5k".
 */
final class AmountConditions {
    private final ClauseReader clause;
    private final List<String> t;

    AmountConditions(ClauseReader clause) {
        this.clause = clause;
        this.t = clause.tokens();
    }

    void aovPhrases() {
        for (int i = 0; i < t.size(); i++) {
            for (List<String> phrase : Lexicon.AOV_PHRASES) {
                if (Phrases.matches(t, i, phrase) && clause.free(i, i + phrase.size())) {
                    clause.mark(i, i + phrase.size(), Role.KEYWORD);
                    clause.aov = true;
                }
            }
        }
    }

    void comparisons() {
        for (int i = 0; i < t.size(); i++) {
            if (!clause.isFree(i)) {
                continue;
            }
            boolean window = Set.of("over", "within", "in", "during").contains(t.get(i))
                    && Set.of("the", "last", "past").contains(clause.word(i + 1));
            if (window || postfixWord(i)) {
                continue;
            }
            for (Map.Entry<List<String>, Operator> entry : Lexicon.COMPARATORS) {
                if (Phrases.matches(t, i, entry.getKey()) && !(entry.getValue() == Operator.NOT_EQUAL
                        && !numberAt(i + entry.getKey().size()))) {
                    ClauseReader.Comparison c = new ClauseReader.Comparison(i, i + entry.getKey().size(), entry.getValue());
                    clause.comparisons.add(c);
                    clause.mark(c.start(), c.end(), Role.COMPARATOR);
                    i = c.end() - 1;
                    break;
                }
            }
        }
    }

    void quantities() {
        QuantityReader reader = new QuantityReader(t);
        for (int i = 0; i < t.size(); i++) {
            if (!clause.isFree(i)) {
                continue;
            }
            Quantity q = reader.at(i);
            if (q == null || !clause.free(q.start(), q.end())) {
                continue;
            }
            ClauseReader.Comparison before = comparisonBefore(q.start());
            if (before == null && q.operator() == null) {
                before = exactlyAfter(q.end());
            }
            Operator op = q.isRange() ? Operator.BETWEEN : q.operator() != null ? q.operator() : before == null ? null : before.operator();
            boolean trailing = before != null && before.start() >= q.end();
            int start = before != null && !trailing && q.operator() == null && !q.isRange() ? before.start() : q.start();
            if (resolve(q, op, start)) {
                if (before != null && (start == before.start() || trailing)) {
                    clause.attached.add(before);
                }
                clause.mark(q.start(), q.end(), Role.ATOM);
                i = q.end() - 1;
            } else if (q.kind() == Kind.DAYS) {
                clause.unplaced.add(new ConceptPlacement.Unplaced(q, op, start, before));
            }
        }
    }

    /** "2 crore or above": "above" finishes the number's postfix and is not a comparison of its own. */
    private boolean postfixWord(int i) {
        return i >= 2 && Set.of("or", "and").contains(t.get(i - 1)) && Lexicon.POSTFIX_HEADS.contains(t.get(i))
                && (Lexicon.MULTIPLIERS.containsKey(t.get(i - 2)) || Phrases.isNumber(t.get(i - 2)) || Lexicon.CURRENCY.contains(t.get(i - 2))
                        || Lexicon.TIME_UNITS.containsKey(t.get(i - 2)) || Lexicon.COUNT_NOUNS.contains(t.get(i - 2)))
                && !clause.word(i + 1).equals("than")
                && !Phrases.isNumber(clause.word(i + 1));
    }

    /** "is not" compares only when a number follows; elsewhere its "not" negates what follows ("is not on gmail"). */
    private boolean numberAt(int at) {
        int k = Lexicon.CURRENCY.contains(clause.word(at)) ? at + 1 : at;
        return Phrases.isNumber(clause.word(k)) || clause.word(k).startsWith(NumberLists.MARK) || clause.word(k).matches("[<>=!]+");
    }

    /** "₹50,000 exactly": the only comparison that may follow its number. */
    private ClauseReader.Comparison exactlyAfter(int end) {
        return clause.comparisons.stream().filter(c -> c.start() == end && c.operator() == Operator.EQUAL
                && Set.of("exactly", "precisely").contains(t.get(c.start())) && !clause.attached.contains(c)).findFirst().orElse(null);
    }

    private ClauseReader.Comparison comparisonBefore(int start) {
        for (ClauseReader.Comparison c : clause.comparisons) {
            int gap = start - c.end();
            if (gap >= 0 && gap <= 2 && !clause.attached.contains(c)) {
                boolean onlyGlue = true;
                for (int k = c.end(); k < start; k++) {
                    onlyGlue &= Set.of("of", "the", "a", "an", "inr", "rs", "about", "for").contains(t.get(k));
                }
                if (onlyGlue) {
                    return c;
                }
            }
        }
        return null;
    }

    private boolean resolve(Quantity q, Operator op, int start) {
        Kind kind = q.kind();
        if (kind == Kind.BARE) {
            kind = bareKind(q);
            if (kind == null) {
                return false;
            }
        }
        return switch (kind) {
            case MONEY -> {
                nearestKeyword(Lexicon.MONEY_WORDS, q);
                Field field = clause.aov ? Field.AVG_ORDER_VALUE : Field.TOTAL_SPEND;
                // "zero spend" can only mean none at all; other bare amounts are thresholds
                Operator bare = q.value().signum() == 0 ? Operator.EQUAL : Operator.GREATER_OR_EQUAL;
                yield addMaybeNegated(start, ClauseReader.numeric(field, op == null ? bare : op, q.value(), q.upper()));
            }
            case COUNT -> {
                if (q.kind() == Kind.BARE) {
                    nearestKeyword(Lexicon.COUNT_NOUNS, q);
                }
                nearestKeyword(ClauseReader.COUNT_VERBS, q);
                if (q.isList()) {
                    List<Long> values = q.list().stream().map(ClauseReader::whole).toList();
                    boolean none = op == Operator.NOT_EQUAL || op == Operator.NOT_IN;
                    Rule list = new Condition(Field.VISITS, none ? Operator.NOT_IN : Operator.IN, List.copyOf(values));
                    yield addMaybeNegated(start, list);
                }
                if (op == null && t.get(q.start()).equals("once") && clause.negatedBefore(start)) {
                    // "haven't ordered (even) once" is never, not "any number but one"
                    yield clause.add(start, new Condition(Field.VISITS, Operator.EQUAL, 0L));
                }
                yield addMaybeNegated(start, ClauseReader.numeric(Field.VISITS, op == null ? Operator.EQUAL : op, q.value(), q.upper()));
            }
            case DAYS -> q.kind() == Kind.BARE && clause.hint == Field.INACTIVE_DAYS
                    ? clause.add(start, ClauseReader.numeric(Field.INACTIVE_DAYS, op == null ? Operator.GREATER_OR_EQUAL : op, q.value(), q.upper()))
                    : new Durations(clause).resolve(q, op, start);
            case BARE -> false;
        };
    }

    private boolean addMaybeNegated(int start, Rule rule) {
        return clause.add(start, clause.negatedBefore(start) ? Negations.of(rule) : rule);
    }

    private Kind bareKind(Quantity q) {
        if (q.isList() && (clause.aov || clause.hint != null && clause.hint.type() == FieldType.MONEY)) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        Kind kind = null;
        for (int k = 0; k < t.size(); k++) {
            if (!clause.isFree(k) && !(clause.aov && clause.role[k] == Role.KEYWORD)) {
                continue;
            }
            Kind here = Lexicon.MONEY_WORDS.contains(t.get(k)) || (clause.aov && clause.role[k] == Role.KEYWORD) ? Kind.MONEY
                    : Lexicon.COUNT_NOUNS.contains(t.get(k)) ? Kind.COUNT
                    : Lexicon.INACTIVE_WORDS.contains(t.get(k)) || Durations.sinceLastOrder(t, k) > 0 ? Kind.DAYS : null;
            int distance = Math.min(Math.abs(k - q.start()), Math.abs(k - (q.end() - 1)));
            // the order of "since last order" names the time since it, not a count
            k = Math.max(k, Durations.sinceLastOrder(t, k) - 1);
            if (here != null && distance < best) {
                best = distance;
                kind = here;
            }
        }
        if (kind == null && clause.hint != null) {
            clause.aov |= clause.hint == Field.AVG_ORDER_VALUE;
            kind = clause.hint.type() == FieldType.MONEY ? Kind.MONEY : clause.hint == Field.VISITS ? Kind.COUNT
                    : clause.hint == Field.INACTIVE_DAYS ? Kind.DAYS : null;
        }
        return kind;
    }

    private void nearestKeyword(Set<String> words, Quantity q) {
        int best = -1;
        for (int k = 0; k < t.size(); k++) {
            if (clause.isFree(k) && words.contains(t.get(k))
                    && (best < 0 || Math.abs(k - q.start()) < Math.abs(best - q.start()))) {
                best = k;
            }
        }
        if (best >= 0) {
            clause.keyword(best);
        }
    }
}
