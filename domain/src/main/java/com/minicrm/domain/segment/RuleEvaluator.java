package com.minicrm.domain.segment;

import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.CustomerTags;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether one customer matches a rule, exactly as the SQL compilation does.
 *
 * <p>Missing values: a condition on a field the customer has no value for (no city, no orders
 * so no last order date) is false, whatever the operator, except {@code null} which is true just
 * then. So {@code city != "Pune"} does not pick customers without a city, and NOT of a group is
 * the plain negation of the group's true/false result. Text compares ignoring case, and equality
 * ignores trailing spaces, as the database's utf8mb4_unicode_ci collation does.
 */
public final class RuleEvaluator {
    private final Clock clock;

    public RuleEvaluator(Clock clock) {
        this.clock = clock;
    }

    public boolean matches(Rule rule, CustomerProfile customer) {
        return matches(rule, customer, InactiveDays.asOf(clock));
    }

    public static boolean matches(Rule rule, CustomerProfile customer, Instant asOf) {
        return rule.fold(group -> group(group, customer, asOf), condition -> condition(condition, customer, asOf));
    }

    private static boolean group(Group group, CustomerProfile customer, Instant asOf) {
        boolean result = group.combinator() == Combinator.AND
                ? group.rules().stream().allMatch(r -> matches(r, customer, asOf))
                : group.rules().stream().anyMatch(r -> matches(r, customer, asOf));
        return group.not() != result;
    }

    private static boolean condition(Condition condition, CustomerProfile customer, Instant asOf) {
        if (condition.field() == Field.TAGS) {
            return tags(condition, customer.tags().stream().map(CustomerTags::normalise).collect(Collectors.toSet()));
        }
        Object actual = actual(condition.field(), customer, asOf);
        Operator operator = condition.operator();
        if (actual == null || operator.arity() == Arity.NONE) {
            return (operator == Operator.IS_NULL) == (actual == null);
        }
        List<Object> operands = condition.operands();
        return switch (operator) {
            case EQUAL -> same(actual, operands.get(0));
            case NOT_EQUAL -> !same(actual, operands.get(0));
            case LESS -> compare(actual, operands.get(0)) < 0;
            case LESS_OR_EQUAL -> compare(actual, operands.get(0)) <= 0;
            case GREATER -> compare(actual, operands.get(0)) > 0;
            case GREATER_OR_EQUAL -> compare(actual, operands.get(0)) >= 0;
            case BETWEEN -> compare(actual, operands.get(0)) >= 0 && compare(actual, operands.get(1)) <= 0;
            case NOT_BETWEEN -> compare(actual, operands.get(0)) < 0 || compare(actual, operands.get(1)) > 0;
            case IN -> operands.stream().anyMatch(o -> same(actual, o));
            case NOT_IN -> operands.stream().noneMatch(o -> same(actual, o));
            case CONTAINS -> folded(actual).contains(folded(operands.get(0)));
            case DOES_NOT_CONTAIN -> !folded(actual).contains(folded(operands.get(0)));
            case BEGINS_WITH -> folded(actual).startsWith(folded(operands.get(0)));
            case ENDS_WITH -> folded(actual).endsWith(folded(operands.get(0)));
            case IS_NULL, IS_NOT_NULL -> throw new IllegalStateException("handled above");
        };
    }

    private static boolean tags(Condition condition, Set<String> tags) {
        List<Object> operands = condition.operands();
        return switch (condition.operator()) {
            case CONTAINS, IN -> operands.stream().anyMatch(tags::contains);
            case DOES_NOT_CONTAIN, NOT_IN -> operands.stream().noneMatch(tags::contains);
            default -> throw new IllegalStateException(condition.operator() + " on tags");
        };
    }

    private static Object actual(Field field, CustomerProfile customer, Instant asOf) {
        return switch (field) {
            case TOTAL_SPEND -> customer.totalSpend();
            case VISITS -> (long) customer.visits();
            case AVG_ORDER_VALUE -> customer.avgOrderValue();
            case INACTIVE_DAYS -> InactiveDays.between(customer.lastActiveAt(), asOf);
            case LAST_ORDER_AT -> date(customer.lastOrderAt());
            case FIRST_ORDER_AT -> date(customer.firstOrderAt());
            case SIGNUP_AT -> date(customer.signupAt());
            case CITY -> customer.city();
            case EMAIL -> customer.email();
            case NAME -> customer.name();
            case TAGS -> customer.tags();
        };
    }

    private static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static boolean same(Object actual, Object operand) {
        if (actual instanceof String text) {
            return padded(text).equals(padded((String) operand));
        }
        return compare(actual, operand) == 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object actual, Object operand) {
        return ((Comparable) actual).compareTo(operand);
    }

    private static String folded(Object text) {
        return ((String) text).toLowerCase(Locale.ROOT);
    }

    /** PAD SPACE collations compare as if the shorter text were padded with spaces. */
    private static String padded(String text) {
        String folded = folded(text);
        int end = folded.length();
        while (end > 0 && folded.charAt(end - 1) == ' ') {
            end--;
        }
        return folded.substring(0, end);
    }
}
