package com.minicrm.domain.segment;

import static com.minicrm.domain.segment.Operator.BEGINS_WITH;
import static com.minicrm.domain.segment.Operator.BETWEEN;
import static com.minicrm.domain.segment.Operator.CONTAINS;
import static com.minicrm.domain.segment.Operator.DOES_NOT_CONTAIN;
import static com.minicrm.domain.segment.Operator.ENDS_WITH;
import static com.minicrm.domain.segment.Operator.EQUAL;
import static com.minicrm.domain.segment.Operator.GREATER;
import static com.minicrm.domain.segment.Operator.GREATER_OR_EQUAL;
import static com.minicrm.domain.segment.Operator.IN;
import static com.minicrm.domain.segment.Operator.IS_NOT_NULL;
import static com.minicrm.domain.segment.Operator.IS_NULL;
import static com.minicrm.domain.segment.Operator.LESS;
import static com.minicrm.domain.segment.Operator.LESS_OR_EQUAL;
import static com.minicrm.domain.segment.Operator.NOT_BETWEEN;
import static com.minicrm.domain.segment.Operator.NOT_EQUAL;
import static com.minicrm.domain.segment.Operator.NOT_IN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The type of a field: which Java value its operands have and which operators make sense for it. */
public enum FieldType {
    /** INR amounts, at most two decimals. */
    MONEY(BigDecimal.class, EnumSet.of(EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, BETWEEN, NOT_BETWEEN)),
    /** Whole, non-negative counts. */
    COUNT(Long.class, EnumSet.of(EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, BETWEEN, NOT_BETWEEN, IN, NOT_IN)),
    /** Whole days before the evaluation time, relative to the injected clock. */
    DAYS(Long.class, EnumSet.of(EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, BETWEEN, NOT_BETWEEN)),
    /** A calendar date (UTC) of a nullable timestamp. */
    DATE(LocalDate.class, EnumSet.of(EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, BETWEEN, NOT_BETWEEN, IS_NULL, IS_NOT_NULL)),
    /** Nullable text, compared ignoring case. */
    TEXT(String.class, EnumSet.of(EQUAL, NOT_EQUAL, IN, NOT_IN, CONTAINS, DOES_NOT_CONTAIN, BEGINS_WITH, ENDS_WITH, IS_NULL, IS_NOT_NULL)),
    /** A set of normalised tags: {@code contains} one, {@code in} any of several. */
    TAGS(String.class, EnumSet.of(CONTAINS, DOES_NOT_CONTAIN, IN, NOT_IN));

    private final Class<?> valueClass;
    private final Set<Operator> operators;

    FieldType(Class<?> valueClass, Set<Operator> operators) {
        this.valueClass = valueClass;
        this.operators = Set.copyOf(operators);
    }

    public Class<?> valueClass() {
        return valueClass;
    }

    public boolean allows(Operator operator) {
        return operators.contains(operator);
    }

    public Set<Operator> operators() {
        return operators;
    }
}
