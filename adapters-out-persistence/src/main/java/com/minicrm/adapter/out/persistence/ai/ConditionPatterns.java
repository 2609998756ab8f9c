package com.minicrm.adapter.out.persistence.ai;

import com.minicrm.adapter.out.persistence.segment.CompiledRules;
import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Candidate rules that are plain ANDs of conditions, as the lookalike's boxes are, share most of
 * their conditions. Each distinct condition becomes one 0/1 column, rows are counted per pattern
 * of those columns, and each candidate's count is summed from the patterns, so a condition is
 * evaluated once per row instead of once per candidate that names it.
 */
final class ConditionPatterns {
    private final List<Condition> conditions;
    private final List<int[]> candidates;

    private ConditionPatterns(List<Condition> conditions, List<int[]> candidates) {
        this.conditions = conditions;
        this.candidates = candidates;
    }

    /** Empty when some candidate is not an AND of conditions, which the caller then counts one by one. */
    static Optional<ConditionPatterns> of(List<Rule> rules) {
        Map<Condition, Integer> index = new LinkedHashMap<>();
        List<int[]> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            if (!(rule instanceof Group g) || g.not() || g.combinator() != Combinator.AND
                    || !g.rules().stream().allMatch(Condition.class::isInstance)) {
                return Optional.empty();
            }
            candidates.add(g.rules().stream().mapToInt(r -> index.computeIfAbsent((Condition) r, c -> index.size())).toArray());
        }
        return Optional.of(new ConditionPatterns(List.copyOf(index.keySet()), candidates));
    }

    /** The select list: one 0/1 column per distinct condition, operands appended to {@code binds}. */
    String columns(Instant asOf, List<Object> binds) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(", CASE WHEN ").append(CompiledRules.where(conditions.get(i), asOf, binds)).append(" THEN 1 ELSE 0 END AS b")
                    .append(i);
        }
        return sql.toString();
    }

    String groupBy() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(", b").append(i);
        }
        return sql.toString();
    }

    int size() {
        return conditions.size();
    }

    /** Adds {@code count} to every candidate whose conditions all hold in {@code bits}. */
    void add(boolean[] bits, long count, long[] totals) {
        for (int c = 0; c < candidates.size(); c++) {
            boolean all = true;
            for (int condition : candidates.get(c)) {
                all &= bits[condition];
            }
            totals[c] += all ? count : 0;
        }
    }
}
