package com.minicrm.adapter.out.persistence.segment;

import com.minicrm.domain.segment.Rule;
import java.time.Instant;
import java.util.List;

/**
 * The rule compiler for other storage adapters, such as freezing a campaign's audience: the
 * predicate is over {@code customer c}, and its bind values are appended to {@code binds} in order.
 */
public final class CompiledRules {
    private CompiledRules() {}

    public static String where(Rule rule, Instant asOf, List<Object> binds) {
        SqlPredicate predicate = RuleSqlCompiler.compile(rule, asOf);
        binds.addAll(predicate.binds());
        return predicate.sql();
    }
}
