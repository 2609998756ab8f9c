package com.minicrm.adapter.out.persistence.segment;

import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.InactiveDays;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Compiles a rule into a predicate over {@code customer c}. SQL text comes only from fixed
 * fragments and {@link CustomerColumns}; every operand is bound. Relative days become cutoffs
 * on {@code last_active_at} computed from {@code asOf}, and dates become half-open UTC ranges, so
 * no function is applied to a column and the indexes stay usable.
 *
 * <p>NOT is pushed down to the conditions (De Morgan), so the SQL has no NOT around groups and
 * the optimizer sees plain ranges. A negated condition on a nullable column becomes
 * {@code col IS NULL OR <complement>}, because the domain says a missing value never matches a
 * condition, so it always matches the condition's negation; SQL's NULL would drop the row instead.
 */
final class RuleSqlCompiler {
    private final Instant asOf;
    private final SqlWriter sql = new SqlWriter();

    private RuleSqlCompiler(Instant asOf) {
        this.asOf = asOf;
    }

    static SqlPredicate compile(Rule rule, Instant asOf) {
        RuleSqlCompiler compiler = new RuleSqlCompiler(asOf);
        compiler.rule(rule, false);
        return compiler.sql.toPredicate();
    }

    private void rule(Rule rule, boolean negated) {
        rule.fold(group -> {
            group(group, negated != group.not());
            return null;
        }, condition -> {
            condition(condition, negated);
            return null;
        });
    }

    private void group(Group group, boolean negated) {
        if (group.rules().isEmpty()) {
            sql.append(group.combinator().identity() != negated ? "TRUE" : "FALSE");
            return;
        }
        boolean and = (group.combinator() == Combinator.AND) != negated;
        sql.append("(");
        for (int i = 0; i < group.rules().size(); i++) {
            sql.append(i == 0 ? "" : and ? " AND " : " OR ");
            rule(group.rules().get(i), negated);
        }
        sql.append(")");
    }

    private void condition(Condition condition, boolean negated) {
        Field field = condition.field();
        if (field == Field.TAGS) {
            tags(condition, negated);
            return;
        }
        String column = CustomerColumns.of(field);
        boolean nullTest = condition.operator() == Operator.IS_NULL || condition.operator() == Operator.IS_NOT_NULL;
        boolean missingMatches = negated && !nullTest && CustomerColumns.nullable(field);
        if (missingMatches) {
            sql.append("(").append(column).append(" IS NULL OR ");
        }
        switch (field.type()) {
            case DAYS -> days(column, condition, negated);
            case DATE -> dates(column, condition, negated);
            case MONEY, COUNT, TEXT -> plain(column, condition, negated);
            case TAGS -> throw new IllegalStateException("handled above");
        }
        if (missingMatches) {
            sql.append(")");
        }
    }

    private void plain(String column, Condition condition, boolean negated) {
        List<Object> operands = condition.operands();
        switch (condition.operator()) {
            case EQUAL -> sql.compare(column, negated ? "<>" : "=", operands.get(0));
            case NOT_EQUAL -> sql.compare(column, negated ? "=" : "<>", operands.get(0));
            case LESS -> sql.compare(column, negated ? ">=" : "<", operands.get(0));
            case LESS_OR_EQUAL -> sql.compare(column, negated ? ">" : "<=", operands.get(0));
            case GREATER -> sql.compare(column, negated ? "<=" : ">", operands.get(0));
            case GREATER_OR_EQUAL -> sql.compare(column, negated ? "<" : ">=", operands.get(0));
            case BETWEEN -> sql.range(column, negated ? " NOT BETWEEN " : " BETWEEN ", operands);
            case NOT_BETWEEN -> sql.range(column, negated ? " BETWEEN " : " NOT BETWEEN ", operands);
            case IN -> sql.list(column, negated ? " NOT IN (" : " IN (", operands);
            case NOT_IN -> sql.list(column, negated ? " IN (" : " NOT IN (", operands);
            case CONTAINS -> sql.like(column, negated, "%" + SqlWriter.escape(operands.get(0)) + "%");
            case DOES_NOT_CONTAIN -> sql.like(column, !negated, "%" + SqlWriter.escape(operands.get(0)) + "%");
            case BEGINS_WITH -> sql.like(column, negated, SqlWriter.escape(operands.get(0)) + "%");
            case ENDS_WITH -> sql.like(column, negated, "%" + SqlWriter.escape(operands.get(0)));
            case IS_NULL -> sql.append(column).append(negated ? " IS NOT NULL" : " IS NULL");
            case IS_NOT_NULL -> sql.append(column).append(negated ? " IS NULL" : " IS NOT NULL");
        }
    }

    /** A calendar date d covers [d 00:00, d+1 00:00) in UTC. */
    private void dates(String column, Condition condition, boolean negated) {
        List<Object> dates = condition.operands();
        if (dates.isEmpty()) {
            plain(column, condition, negated);
            return;
        }
        LocalDateTime first = start(dates.get(0));
        LocalDateTime afterLast = start(dates.get(dates.size() - 1)).plusDays(1);
        switch (condition.operator()) {
            case LESS -> before(column, first, negated);
            case LESS_OR_EQUAL -> before(column, first.plusDays(1), negated);
            case GREATER -> before(column, first.plusDays(1), !negated);
            case GREATER_OR_EQUAL -> before(column, first, !negated);
            case EQUAL, BETWEEN -> within(column, first, afterLast, negated);
            case NOT_EQUAL, NOT_BETWEEN -> within(column, first, afterLast, !negated);
            case IN, NOT_IN, CONTAINS, DOES_NOT_CONTAIN, BEGINS_WITH, ENDS_WITH, IS_NULL, IS_NOT_NULL ->
                    throw unsupported(condition);
        }
    }

    /**
     * At least n whole days inactive means last active at or before asOf - n days; the cutoffs are
     * strict on the other side, so the SQL agrees with {@link InactiveDays#between} to the microsecond.
     */
    private void days(String column, Condition condition, boolean negated) {
        List<Object> days = condition.operands();
        long first = (Long) days.get(0);
        long last = (Long) days.get(days.size() - 1);
        switch (condition.operator()) {
            case GREATER_OR_EQUAL -> atLeast(column, first, negated);
            case GREATER -> atLeast(column, first + 1, negated);
            case LESS -> atLeast(column, first, !negated);
            case LESS_OR_EQUAL -> atLeast(column, first + 1, !negated);
            case EQUAL, BETWEEN -> band(column, first, last, negated);
            case NOT_EQUAL, NOT_BETWEEN -> band(column, first, last, !negated);
            case IN, NOT_IN, CONTAINS, DOES_NOT_CONTAIN, BEGINS_WITH, ENDS_WITH, IS_NULL, IS_NOT_NULL ->
                    throw unsupported(condition);
        }
    }

    private void atLeast(String column, long days, boolean negated) {
        sql.compare(column, negated ? ">" : "<=", cutoff(days));
    }

    private void band(String column, long first, long last, boolean negated) {
        sql.append("(");
        sql.compare(column, negated ? ">" : "<=", cutoff(first));
        sql.append(negated ? " OR " : " AND ");
        sql.compare(column, negated ? "<=" : ">", cutoff(last + 1));
        sql.append(")");
    }

    private void before(String column, LocalDateTime instant, boolean negated) {
        sql.compare(column, negated ? ">=" : "<", instant);
    }

    private void within(String column, LocalDateTime from, LocalDateTime until, boolean negated) {
        sql.append("(");
        sql.compare(column, negated ? "<" : ">=", from);
        sql.append(negated ? " OR " : " AND ");
        sql.compare(column, negated ? ">=" : "<", until);
        sql.append(")");
    }

    private void tags(Condition condition, boolean negated) {
        boolean absent = (condition.operator() == Operator.DOES_NOT_CONTAIN || condition.operator() == Operator.NOT_IN) != negated;
        List<Object> tags = condition.operands();
        sql.append(absent ? "NOT EXISTS" : "EXISTS")
                .append(" (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tag");
        if (tags.size() == 1) {
            sql.append(" = ?").bind(tags.get(0));
        } else {
            sql.append(" IN (").append(SqlWriter.placeholders(tags.size())).append(")").bindAll(tags);
        }
        sql.append(")");
    }

    private static LocalDateTime start(Object date) {
        return ((LocalDate) date).atStartOfDay();
    }

    private LocalDateTime cutoff(long days) {
        return LocalDateTime.ofInstant(InactiveDays.cutoff(asOf, days), ZoneOffset.UTC);
    }

    private static IllegalArgumentException unsupported(Condition condition) {
        return new IllegalArgumentException(condition.operator().json() + " on " + condition.field().json());
    }
}
