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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compiles a rule into a predicate over {@code customer c}. SQL text comes only from fixed
 * fragments and {@link CustomerColumns}; every operand is bound. Relative days become cutoffs
 * on {@code last_active_at} computed from {@code asOf}, and dates become half-open UTC ranges, so
 * no function is applied to a column and the indexes stay usable.
 *
 * <p>SQL's NULL is not false under NOT, while the domain says a missing value never matches. So
 * a condition on a nullable column that sits under an odd number of NOTs is guarded with
 * {@code col IS NOT NULL AND ...}; elsewhere NULL already rejects the row as false would.
 */
final class RuleSqlCompiler {
    private final Instant asOf;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> binds = new ArrayList<>();

    private RuleSqlCompiler(Instant asOf) {
        this.asOf = asOf;
    }

    static SqlPredicate compile(Rule rule, Instant asOf) {
        RuleSqlCompiler compiler = new RuleSqlCompiler(asOf);
        compiler.rule(rule, false);
        return new SqlPredicate(compiler.sql.toString(), compiler.binds);
    }

    private void rule(Rule rule, boolean negated) {
        rule.fold(group -> {
            group(group, negated);
            return null;
        }, condition -> {
            condition(condition, negated);
            return null;
        });
    }

    private void group(Group group, boolean negated) {
        if (group.rules().isEmpty()) {
            sql.append(group.combinator().identity() != group.not() ? "TRUE" : "FALSE");
            return;
        }
        sql.append(group.not() ? "NOT (" : "(");
        String joiner = group.combinator() == Combinator.AND ? " AND " : " OR ";
        for (int i = 0; i < group.rules().size(); i++) {
            sql.append(i == 0 ? "" : joiner);
            rule(group.rules().get(i), negated != group.not());
        }
        sql.append(')');
    }

    private void condition(Condition condition, boolean negated) {
        Field field = condition.field();
        if (field == Field.TAGS) {
            tags(condition);
            return;
        }
        String column = CustomerColumns.of(field);
        boolean guarded = negated && CustomerColumns.nullable(field)
                && condition.operator() != Operator.IS_NULL && condition.operator() != Operator.IS_NOT_NULL;
        if (guarded) {
            sql.append('(').append(column).append(" IS NOT NULL AND ");
        }
        switch (field.type()) {
            case DAYS -> days(column, condition);
            case DATE -> dates(column, condition);
            case MONEY, COUNT, TEXT -> plain(column, condition);
            case TAGS -> throw new IllegalStateException("handled above");
        }
        if (guarded) {
            sql.append(')');
        }
    }

    private void plain(String column, Condition condition) {
        List<Object> operands = condition.operands();
        switch (condition.operator()) {
            case EQUAL -> compare(column, "=", operands.get(0));
            case NOT_EQUAL -> compare(column, "<>", operands.get(0));
            case LESS -> compare(column, "<", operands.get(0));
            case LESS_OR_EQUAL -> compare(column, "<=", operands.get(0));
            case GREATER -> compare(column, ">", operands.get(0));
            case GREATER_OR_EQUAL -> compare(column, ">=", operands.get(0));
            case BETWEEN -> range(column, " BETWEEN ", operands);
            case NOT_BETWEEN -> range(column, " NOT BETWEEN ", operands);
            case IN -> list(column, " IN (", operands);
            case NOT_IN -> list(column, " NOT IN (", operands);
            case CONTAINS -> like(column, " LIKE ", "%" + escape(operands.get(0)) + "%");
            case DOES_NOT_CONTAIN -> like(column, " NOT LIKE ", "%" + escape(operands.get(0)) + "%");
            case BEGINS_WITH -> like(column, " LIKE ", escape(operands.get(0)) + "%");
            case ENDS_WITH -> like(column, " LIKE ", "%" + escape(operands.get(0)));
            case IS_NULL -> sql.append(column).append(" IS NULL");
            case IS_NOT_NULL -> sql.append(column).append(" IS NOT NULL");
        }
    }

    /** A calendar date d covers [d 00:00, d+1 00:00) in UTC. */
    private void dates(String column, Condition condition) {
        List<Object> dates = condition.operands();
        switch (condition.operator()) {
            case EQUAL -> within(column, start(dates.get(0)), start(dates.get(0)).plusDays(1));
            case NOT_EQUAL -> outside(column, start(dates.get(0)), start(dates.get(0)).plusDays(1));
            case LESS -> compare(column, "<", start(dates.get(0)));
            case LESS_OR_EQUAL -> compare(column, "<", start(dates.get(0)).plusDays(1));
            case GREATER -> compare(column, ">=", start(dates.get(0)).plusDays(1));
            case GREATER_OR_EQUAL -> compare(column, ">=", start(dates.get(0)));
            case BETWEEN -> within(column, start(dates.get(0)), start(dates.get(1)).plusDays(1));
            case NOT_BETWEEN -> outside(column, start(dates.get(0)), start(dates.get(1)).plusDays(1));
            case IS_NULL, IS_NOT_NULL -> plain(column, condition);
            case IN, NOT_IN, CONTAINS, DOES_NOT_CONTAIN, BEGINS_WITH, ENDS_WITH -> throw unsupported(condition);
        }
    }

    /**
     * At least n whole days inactive means last active at or before asOf - n days; the cutoffs are
     * strict on the other side, so the SQL agrees with {@link InactiveDays#between} to the microsecond.
     */
    private void days(String column, Condition condition) {
        List<Object> days = condition.operands();
        long first = (Long) days.get(0);
        long last = (Long) days.get(days.size() - 1);
        switch (condition.operator()) {
            case GREATER_OR_EQUAL -> compare(column, "<=", cutoff(first));
            case GREATER -> compare(column, "<=", cutoff(first + 1));
            case LESS -> compare(column, ">", cutoff(first));
            case LESS_OR_EQUAL -> compare(column, ">", cutoff(first + 1));
            case EQUAL, BETWEEN -> {
                sql.append('(');
                compare(column, "<=", cutoff(first));
                sql.append(" AND ");
                compare(column, ">", cutoff(last + 1));
                sql.append(')');
            }
            case NOT_EQUAL, NOT_BETWEEN -> {
                sql.append('(');
                compare(column, ">", cutoff(first));
                sql.append(" OR ");
                compare(column, "<=", cutoff(last + 1));
                sql.append(')');
            }
            case IN, NOT_IN, CONTAINS, DOES_NOT_CONTAIN, BEGINS_WITH, ENDS_WITH, IS_NULL, IS_NOT_NULL ->
                    throw unsupported(condition);
        }
    }

    private void tags(Condition condition) {
        boolean absent = condition.operator() == Operator.DOES_NOT_CONTAIN || condition.operator() == Operator.NOT_IN;
        List<Object> tags = condition.operands();
        sql.append(absent ? "NOT EXISTS" : "EXISTS")
                .append(" (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tag");
        if (tags.size() == 1) {
            sql.append(" = ?");
            binds.add(tags.get(0));
        } else {
            sql.append(" IN (").append(placeholders(tags.size())).append(')');
            binds.addAll(tags);
        }
        sql.append(')');
    }

    private void compare(String column, String operator, Object operand) {
        sql.append(column).append(' ').append(operator).append(" ?");
        binds.add(operand);
    }

    private void within(String column, LocalDateTime from, LocalDateTime until) {
        sql.append('(').append(column).append(" >= ? AND ").append(column).append(" < ?)");
        binds.add(from);
        binds.add(until);
    }

    private void outside(String column, LocalDateTime from, LocalDateTime until) {
        sql.append('(').append(column).append(" < ? OR ").append(column).append(" >= ?)");
        binds.add(from);
        binds.add(until);
    }

    private void range(String column, String operator, List<Object> bounds) {
        sql.append(column).append(operator).append("? AND ?");
        binds.addAll(bounds);
    }

    private void list(String column, String operator, List<Object> values) {
        sql.append(column).append(operator).append(placeholders(values.size())).append(')');
        binds.addAll(values);
    }

    private void like(String column, String operator, String pattern) {
        sql.append(column).append(operator).append("? ESCAPE '!'");
        binds.add(pattern);
    }

    /** LIKE wildcards in a value match themselves; '!' is the escape so backslash modes don't matter. */
    private static String escape(Object text) {
        return ((String) text).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
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
