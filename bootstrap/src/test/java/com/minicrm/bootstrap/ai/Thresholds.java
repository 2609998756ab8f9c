package com.minicrm.bootstrap.ai;

import com.minicrm.bootstrap.ai.EvalCustomers.Generated;
import com.minicrm.domain.segment.Arity;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The thresholds of an expected rule, and which customers sit so close to one that "more than"
 * versus "at least" (or a month of 30 versus 31 days) could decide their membership: within 5 days
 * of a day or date threshold, within 5% of an amount, or exactly on a count compared by order.
 * Those customers are left out of the comparison, as the issue asks.
 */
final class Thresholds {
    static final long DAY_MARGIN = 5;
    static final BigDecimal MONEY_MARGIN = new BigDecimal("0.05");

    private final List<Condition> conditions = new ArrayList<>();

    Thresholds(Rule expected) {
        collect(expected);
    }

    private void collect(Rule rule) {
        rule.fold(group -> {
            group.rules().forEach(this::collect);
            return null;
        }, conditions::add);
    }

    boolean isNear(Generated customer) {
        return conditions.stream().anyMatch(c -> c.operator().arity() != Arity.NONE && near(c, customer));
    }

    private static boolean near(Condition c, Generated customer) {
        return c.operands().stream().anyMatch(operand -> switch (c.field()) {
            case TOTAL_SPEND -> money(customer.spend(), (BigDecimal) operand);
            case AVG_ORDER_VALUE -> money(customer.aov(), (BigDecimal) operand);
            case VISITS -> c.operator().arity() != Arity.LIST && c.operator() != com.minicrm.domain.segment.Operator.EQUAL
                    && c.operator() != com.minicrm.domain.segment.Operator.NOT_EQUAL && customer.visits() == (Long) operand;
            case INACTIVE_DAYS -> Math.abs(customer.inactiveDays() - (Long) operand) <= DAY_MARGIN;
            case SIGNUP_AT -> date(customer.signup(), (LocalDate) operand);
            case FIRST_ORDER_AT -> date(customer.firstOrder(), (LocalDate) operand);
            case LAST_ORDER_AT -> date(customer.lastOrder(), (LocalDate) operand);
            default -> false;
        });
    }

    private static boolean money(BigDecimal value, BigDecimal threshold) {
        BigDecimal margin = threshold.multiply(MONEY_MARGIN).max(BigDecimal.ONE);
        return value.subtract(threshold).abs().compareTo(margin) <= 0;
    }

    private static boolean date(LocalDate value, LocalDate threshold) {
        return value != null && Math.abs(ChronoUnit.DAYS.between(value, threshold)) <= DAY_MARGIN;
    }
}
