package com.minicrm.adapter.out.llm.local;

import com.minicrm.adapter.out.llm.local.ClauseReader.Role;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places the words the lexicon lacks by meaning (see {@link Concepts}): a span of days no known
 * word explains, and words that only restate a condition of the clause.
 */
final class ConceptPlacement {
    private final ClauseReader clause;
    private final List<String> t;

    ConceptPlacement(ClauseReader clause) {
        this.clause = clause;
        this.t = clause.tokens();
    }

    /** A span of days no known word explained, kept until every other reader ran. */
    record Unplaced(Quantity q, Operator op, int start, ClauseReader.Comparison before) {}

    /**
     * A span of days no known word explains ("went quiet for 60 days", "haven't come back in 6
     * months") is placed by the meaning of the clause's unknown words, once every other reader ran.
     */
    void placeDurations() {
        for (Unplaced u : clause.unplaced) {
            Quantity q = u.q();
            List<int[]> runs = unknownRuns();
            if (!clause.free(q.start(), q.end()) || runs.isEmpty()) {
                continue;
            }
            String phrase = String.join(" ", runs.stream().map(r -> String.join(" ", t.subList(r[0], r[1]))).toList());
            Concepts.Concept concept = Concepts.place(phrase, Set.of(Concepts.Concept.INACTIVITY, Concepts.Concept.RETURNING,
                    Concepts.Concept.SIGNUP)).orElse(null);
            if (concept == null) {
                continue;
            }
            boolean negated = clause.negatedBefore(runs.get(0)[0]) || clause.negatedBefore(u.start());
            Operator op = u.op() == null ? Operator.GREATER_OR_EQUAL : u.op();
            Rule rule = switch (concept) {
                case INACTIVITY -> ClauseReader.numeric(Field.INACTIVE_DAYS, op, q.value(), q.upper());
                // "haven't come back in 6 months": coming back presupposes an earlier order
                case RETURNING -> Rule.and(new Condition(Field.VISITS, Operator.GREATER_OR_EQUAL, 1L),
                        ClauseReader.numeric(Field.INACTIVE_DAYS, u.op() == null ? Operator.LESS : u.op(), q.value(), q.upper()));
                default -> new Condition(Field.SIGNUP_AT, Operator.GREATER_OR_EQUAL, clause.today.minusDays(q.value().longValue()));
            };
            if (concept == Concepts.Concept.RETURNING && negated) {
                rule = Rule.and(new Condition(Field.VISITS, Operator.GREATER_OR_EQUAL, 1L),
                        new Condition(Field.INACTIVE_DAYS, Operator.GREATER_OR_EQUAL, q.value().longValue()));
            } else if (negated && concept != Concepts.Concept.INACTIVITY) {
                // an embedding does not carry polarity: a negated word near inactivity is "haven't heard from"
                rule = Negations.of(rule);
            }
            runs.forEach(r -> clause.mark(r[0], r[1], Role.KEYWORD));
            if (u.before() != null && u.start() == u.before().start()) {
                clause.attached.add(u.before());
            }
            clause.mark(q.start(), q.end(), Role.ATOM);
            clause.add(u.start(), rule);
        }
    }

    /** Stretches of words no reader used and the lexicon does not hold. */
    private List<int[]> unknownRuns() {
        List<int[]> runs = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= t.size(); i++) {
            boolean unknown = i < t.size() && clause.isFree(i) && t.get(i).matches("[a-z]+") && !Lexicon.FILLER.contains(t.get(i))
                    && !Lexicon.isNegation(t.get(i)) && !Lexicon.VAGUE.containsKey(t.get(i)) && !Lexicon.MONEY_WORDS.contains(t.get(i))
                    && !Lexicon.COUNT_NOUNS.contains(t.get(i)) && !Lexicon.TIME_UNITS.containsKey(t.get(i));
            if (unknown && from < 0) {
                from = i;
            } else if (!unknown && from >= 0) {
                runs.add(new int[] {from, i});
                from = -1;
            }
        }
        return runs;
    }

    /** Unknown words that only restate a condition of the clause ("whales who spent 10 lakh", "total expenditure below 2,000"). */
    void restatements() {
        Set<Concepts.Concept> allowed = new HashSet<>();
        clause.rules.forEach(rule -> conditionsOf(rule).forEach(c -> allowed.addAll(Concepts.of(c.field()))));
        if (allowed.isEmpty()) {
            return;
        }
        for (int[] run : unknownRuns()) {
            String phrase = String.join(" ", t.subList(run[0], run[1]));
            boolean bound = run[1] < t.size() && !clause.isFree(run[1]);
            if (Concepts.place(phrase, allowed, bound).isPresent()) {
                clause.mark(run[0], run[1], Role.KEYWORD);
            }
        }
    }

    private static List<Condition> conditionsOf(Rule rule) {
        List<Condition> all = new ArrayList<>();
        rule.fold(group -> {
            group.rules().forEach(r -> all.addAll(conditionsOf(r)));
            return null;
        }, all::add);
        return all;
    }
}
