package com.minicrm.domain.segment;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One test on one field. {@code value} is null for {@link Arity#NONE}, an operand of the field's
 * value class for {@link Arity#ONE}, and a list of such operands for ranges and lists; the
 * constructor refuses anything else, so a condition that exists is one that can be evaluated.
 */
public record Condition(Field field, Operator operator, Object value) implements Rule {
    public Condition {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operator, "operator");
        if (!field.type().allows(operator)) {
            throw new IllegalArgumentException(operator.json() + " does not apply to " + field.json());
        }
        value = checked(field, operator, value);
    }

    @Override
    public <R> R fold(Function<Group, R> onGroup, Function<Condition, R> onCondition) {
        return onCondition.apply(this);
    }

    /** The operands as a list: empty, one, two bounds, or the listed values. */
    public List<Object> operands() {
        return switch (operator.arity()) {
            case NONE -> List.of();
            case ONE -> List.of(value);
            case RANGE, LIST -> castList(value);
        };
    }

    public Object single() {
        return operands().get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object value) {
        return (List<Object>) value;
    }

    private static Object checked(Field field, Operator operator, Object value) {
        Class<?> type = field.type().valueClass();
        return switch (operator.arity()) {
            case NONE -> {
                if (value != null) {
                    throw new IllegalArgumentException(operator.json() + " takes no value");
                }
                yield null;
            }
            case ONE -> type.cast(Objects.requireNonNull(value, "value"));
            case RANGE, LIST -> {
                if (!(value instanceof List<?> list) || list.isEmpty()
                        || (operator.arity() == Arity.RANGE && list.size() != 2)) {
                    throw new IllegalArgumentException(operator.json() + " needs a list of operands");
                }
                yield List.copyOf(list.stream().map(type::cast).toList());
            }
        };
    }
}
