package com.minicrm.adapter.out.persistence.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds SQL text from trusted fragments while every value goes to the bind list, in order. */
final class SqlWriter {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> binds = new ArrayList<>();

    SqlWriter append(String trustedFragment) {
        sql.append(trustedFragment);
        return this;
    }

    SqlWriter bind(Object value) {
        binds.add(value);
        return this;
    }

    SqlWriter bindAll(List<Object> values) {
        binds.addAll(values);
        return this;
    }

    void compare(String column, String operator, Object operand) {
        append(column).append(" ").append(operator).append(" ?").bind(operand);
    }

    void range(String column, String operator, List<Object> bounds) {
        append(column).append(operator).append("? AND ?").bindAll(bounds);
    }

    void list(String column, String operator, List<Object> values) {
        append(column).append(operator).append(placeholders(values.size())).append(")").bindAll(values);
    }

    void like(String column, boolean negated, String pattern) {
        append(column).append(negated ? " NOT LIKE " : " LIKE ").append("? ESCAPE '!'").bind(pattern);
    }

    SqlPredicate toPredicate() {
        return new SqlPredicate(sql.toString(), binds);
    }

    /** LIKE wildcards in a value match themselves; '!' is the escape so backslash modes don't matter. */
    static String escape(Object text) {
        return ((String) text).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
