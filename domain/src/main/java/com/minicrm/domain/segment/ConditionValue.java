package com.minicrm.domain.segment;

import com.minicrm.domain.validation.Violations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads the {@code value} of one condition according to its operator's arity and its field's type. */
final class ConditionValue {
    private final Field field;
    private final Operator operator;
    private final String path;
    private final Violations violations;

    ConditionValue(Field field, Operator operator, String path, Violations violations) {
        this.field = field;
        this.operator = operator;
        this.path = path;
        this.violations = violations;
    }

    Optional<Condition> read(Object raw) {
        return switch (operator.arity()) {
            // react-querybuilder sends "" for operators without a value, so whatever came is ignored
            case NONE -> Optional.of(new Condition(field, operator, null));
            case ONE -> one(raw).map(value -> new Condition(field, operator, value));
            case RANGE -> range(raw).map(bounds -> new Condition(field, operator, bounds));
            case LIST -> list(raw).map(values -> new Condition(field, operator, values));
        };
    }

    private Optional<Object> one(Object raw) {
        if (raw == null) {
            violations.add(path, "is required");
            return Optional.empty();
        }
        if (raw instanceof List<?> || raw instanceof java.util.Map<?, ?>) {
            violations.add(path, "must be a single value");
            return Optional.empty();
        }
        return Operands.parse(field.type(), raw, path, violations);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Optional<List<Object>> range(Object raw) {
        Optional<List<?>> items = items(raw);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().size() != 2) {
            violations.add(path, "must be two bounds [lo, hi]");
            return Optional.empty();
        }
        Optional<List<Object>> bounds = operands(items.get());
        if (bounds.isPresent() && ((Comparable) bounds.get().get(0)).compareTo(bounds.get().get(1)) > 0) {
            violations.add(path, "lower bound must not be greater than upper bound");
            return Optional.empty();
        }
        return bounds;
    }

    private Optional<List<Object>> list(Object raw) {
        Optional<List<?>> items = items(raw);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty() || items.get().size() > RuleParser.MAX_LIST) {
            violations.add(path, "must list 1 to " + RuleParser.MAX_LIST + " values");
            return Optional.empty();
        }
        return operands(items.get());
    }

    /** A list, or the comma-separated text that rule-builder UIs send for ranges and lists. */
    private Optional<List<?>> items(Object raw) {
        if (raw instanceof List<?> list) {
            return Optional.of(list);
        }
        if (raw instanceof String text && !text.isBlank()) {
            return Optional.of(Arrays.stream(text.split(",", -1)).map(String::strip).toList());
        }
        violations.add(path, raw == null ? "is required" : "must be a list");
        return Optional.empty();
    }

    private Optional<List<Object>> operands(List<?> items) {
        List<Object> values = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String itemPath = path + "[" + i + "]";
            if (item instanceof List<?> || item instanceof java.util.Map<?, ?> || item == null) {
                violations.add(itemPath, "must be a single value");
                valid = false;
                continue;
            }
            Optional<Object> value = Operands.parse(field.type(), item, itemPath, violations);
            valid &= value.isPresent();
            value.ifPresent(values::add);
        }
        return valid ? Optional.of(values) : Optional.empty();
    }
}
