package com.minicrm.domain.segment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a rule as text a marketer reads, for example
 * {@code (Total spend > ₹10,000 AND Orders < 3) OR Inactive ≥ 90 days}. Every group of two or more
 * rules inside another is bracketed, even where precedence would make it unambiguous: marketers do
 * not read AND as binding tighter than OR, and the text must show the blocks they built. Numbers use
 * Indian digit grouping (₹1,00,000) everywhere.
 */
public final class RuleDescription {
    private RuleDescription() {}

    public static String describe(Rule rule) {
        return render(rule, null);
    }

    private static String render(Rule rule, Combinator parent) {
        return rule.fold(group -> group(group, parent), RuleDescription::condition);
    }

    private static String group(Group group, Combinator parent) {
        if (group.rules().isEmpty()) {
            return (group.not() ? "NOT " : "") + (group.combinator().identity() ? "everyone" : "no one");
        }
        if (group.not()) {
            return "NOT (" + render(new Group(group.combinator(), false, group.rules()), null) + ")";
        }
        if (group.rules().size() == 1) {
            return render(group.rules().get(0), parent);
        }
        String joined = group.rules().stream()
                .map(child -> render(child, group.combinator()))
                .collect(Collectors.joining(" " + group.combinator().json().toUpperCase(java.util.Locale.ROOT) + " "));
        return parent == null ? joined : "(" + joined + ")";
    }

    private static String condition(Condition condition) {
        Field field = condition.field();
        List<Object> operands = condition.operands();
        String subject = field.label() + " ";
        if (field.type() == FieldType.TAGS) {
            return subject + switch (condition.operator()) {
                case DOES_NOT_CONTAIN -> "exclude " + value(field, operands.get(0));
                case IN -> "include any of " + list(field, operands);
                case NOT_IN -> "include none of " + list(field, operands);
                default -> "include " + value(field, operands.get(0));
            };
        }
        String operator = condition.operator().text();
        String text = switch (condition.operator().arity()) {
            case NONE -> subject + operator;
            case ONE -> subject + operator + " " + value(field, operands.get(0));
            case RANGE -> subject + operator + " " + value(field, operands.get(0)) + " and " + value(field, operands.get(1));
            case LIST -> subject + operator + " " + list(field, operands);
        };
        return field.type() == FieldType.DAYS ? text + (isOne(operands) ? " day" : " days") : text;
    }

    private static boolean isOne(List<Object> operands) {
        return operands.size() == 1 && Long.valueOf(1).equals(operands.get(0));
    }

    private static String list(Field field, List<Object> operands) {
        return operands.stream().map(o -> value(field, o)).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String value(Field field, Object operand) {
        return switch (field.type()) {
            case MONEY -> "₹" + grouped((BigDecimal) operand);
            case COUNT, DAYS -> grouped(BigDecimal.valueOf((Long) operand));
            case DATE -> operand.toString();
            case TEXT, TAGS -> "\"" + operand.toString().replace("\"", "\\\"") + "\"";
        };
    }

    /** Indian grouping: the last three digits, then pairs (12,34,567); paise only when there are any. */
    public static String grouped(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, RoundingMode.UNNECESSARY)
                : amount.setScale(2, RoundingMode.HALF_UP);
        String digits = plain.abs().toPlainString();
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot);
        StringBuilder out = new StringBuilder();
        int head = whole.length() - 3;
        if (head > 0) {
            String lead = whole.substring(0, head);
            for (int i = 0; i < lead.length(); i++) {
                if (i > 0 && (lead.length() - i) % 2 == 0) {
                    out.append(',');
                }
                out.append(lead.charAt(i));
            }
            out.append(',').append(whole.substring(head));
        } else {
            out.append(whole);
        }
        return (plain.signum() < 0 ? "-" : "") + out + fraction;
    }
}
