package com.minicrm.adapter.out.llm.local;

import com.minicrm.domain.segment.Operator;
import java.math.BigDecimal;
import java.util.List;

/**
 * A number found in a clause with what came with it: its kind (money, a count, a duration in days,
 * or bare), the comparison around it, and a second bound for ranges.
 */
record Quantity(int start, int end, Kind kind, BigDecimal value, BigDecimal upper, Operator operator, List<BigDecimal> list) {
    enum Kind { MONEY, COUNT, DAYS, BARE }

    Quantity(int start, int end, Kind kind, BigDecimal value, BigDecimal upper, Operator operator) {
        this(start, end, kind, value, upper, operator, null);
    }

    /** "1, 3 or 5 orders": one of the listed values. */
    boolean isList() {
        return list != null;
    }

    boolean isRange() {
        return upper != null;
    }

    Quantity withOperator(Operator op, int newStart) {
        return new Quantity(newStart, end, kind, value, upper, op, list);
    }
}
