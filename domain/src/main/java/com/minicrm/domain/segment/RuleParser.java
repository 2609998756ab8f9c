package com.minicrm.domain.segment;

import com.minicrm.domain.validation.Violations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a rule from the generic tree a JSON parser produces (maps, lists, strings, numbers,
 * booleans) and validates it against the field catalog, reporting every problem with its path.
 */
public final class RuleParser {
    static final int MAX_LIST = 500;
    /**
     * What a group or condition may hold. "id" and valueSource "value" are what rule builders such as
     * react-querybuilder add; they change nothing about the rule, so they are accepted.
     */
    private static final Set<String> GROUP_KEYS = Set.of("combinator", "not", "rules", "id");
    private static final Set<String> CONDITION_KEYS = Set.of("field", "operator", "value", "valueSource", "id");

    private final Violations violations = new Violations();
    private int conditions;

    private RuleParser() {}

    /** Parses a whole rule; throws {@code InvalidInputException} listing every problem found. */
    public static Rule parse(Object tree) {
        RuleParser parser = new RuleParser();
        Optional<Rule> rule = parser.rule(tree, "", 1);
        parser.violations.throwIfAny();
        return rule.orElseThrow();
    }

    /** Adds the problems of a rule to {@code into} under {@code path}; returns the rule if it had none. */
    public static Optional<Rule> parseInto(Object tree, String path, Violations into) {
        RuleParser parser = new RuleParser();
        Optional<Rule> rule = parser.rule(tree, "", 1);
        parser.violations.asList().forEach(v -> into.add(join(path, v.field()), v.message()));
        return parser.violations.isEmpty() ? rule : Optional.empty();
    }

    private Optional<Rule> rule(Object node, String path, int depth) {
        if (!(node instanceof Map<?, ?> map)) {
            violations.add(path.isEmpty() ? "rule" : path, "must be an object");
            return Optional.empty();
        }
        if (map.containsKey("rules") || map.containsKey("combinator")) {
            return onlyKnownKeys(map, GROUP_KEYS, path) ? group(map, path, depth).map(Rule.class::cast) : Optional.empty();
        }
        if (map.containsKey("field") || map.containsKey("operator")) {
            return onlyKnownKeys(map, CONDITION_KEYS, path) ? condition(map, path).map(Rule.class::cast) : Optional.empty();
        }
        violations.add(path.isEmpty() ? "rule" : path,
                "must be a group (combinator, rules) or a condition (field, operator, value)");
        return Optional.empty();
    }

    private Optional<Group> group(Map<?, ?> map, String path, int depth) {
        if (depth > Rule.MAX_DEPTH) {
            violations.add(path.isEmpty() ? "rule" : path, "nests groups deeper than " + Rule.MAX_DEPTH + " levels");
            return Optional.empty();
        }
        int before = violations.asList().size();
        Optional<Combinator> combinator = combinator(map.get("combinator"), join(path, "combinator"));
        Object not = map.get("not");
        if (not != null && !(not instanceof Boolean)) {
            violations.add(join(path, "not"), "must be true or false");
        }
        List<Rule> rules = new ArrayList<>();
        if (!(map.get("rules") instanceof List<?> children)) {
            violations.add(join(path, "rules"), "must be a list");
        } else if (children.isEmpty()) {
            violations.add(join(path, "rules"), "must not be empty");
        } else {
            for (int i = 0; i < children.size(); i++) {
                rule(children.get(i), join(path, "rules[" + i + "]"), depth + 1).ifPresent(rules::add);
            }
        }
        if (depth == 1 && conditions > Rule.MAX_CONDITIONS) {
            violations.add("rules", "must have at most " + Rule.MAX_CONDITIONS + " conditions in all, not " + conditions);
        }
        if (violations.asList().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Group(combinator.orElseThrow(), Boolean.TRUE.equals(not), rules));
    }

    private Optional<Combinator> combinator(Object raw, String path) {
        Optional<Combinator> combinator = raw instanceof String s ? Combinator.fromJson(s) : Optional.empty();
        if (combinator.isEmpty()) {
            violations.add(path, raw == null ? "is required" : "must be and or or");
        }
        return combinator;
    }

    private Optional<Condition> condition(Map<?, ?> map, String path) {
        conditions++;
        if (map.containsKey("valueSource") && !"value".equals(map.get("valueSource"))) {
            // "field" would compare with another field of the customer; read as a literal it would mean something else.
            violations.add(join(path, "valueSource"), "must be \"value\": a condition compares a field with the value given");
            return Optional.empty();
        }
        Object rawField = map.get("field");
        Object rawOperator = map.get("operator");
        Optional<Field> field = rawField instanceof String s ? Field.fromJson(s) : Optional.empty();
        if (field.isEmpty()) {
            violations.add(join(path, "field"), rawField == null ? "is required"
                    : "is not a known field; known fields: " + Arrays.stream(Field.values()).map(Field::json).toList());
        }
        Optional<Operator> operator = rawOperator instanceof String s ? Operator.fromJson(s) : Optional.empty();
        if (operator.isEmpty()) {
            violations.add(join(path, "operator"), rawOperator == null ? "is required" : "is not a known operator");
        }
        if (field.isEmpty() || operator.isEmpty()) {
            return Optional.empty();
        }
        if (!field.get().type().allows(operator.get())) {
            violations.add(join(path, "operator"), operator.get().json() + " does not apply to " + field.get().json()
                    + "; allowed: " + field.get().type().operators().stream().sorted().map(Operator::json).toList());
            return Optional.empty();
        }
        return new ConditionValue(field.get(), operator.get(), join(path, "value"), violations).read(map.get("value"));
    }

    /**
     * A key the parser does not read would be silently dropped, and the rule would mean something other
     * than the sender meant ({"valueSource": "field"} read as a literal value), so it is refused by name.
     */
    private boolean onlyKnownKeys(Map<?, ?> map, Set<String> known, String path) {
        boolean clean = true;
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                violations.add(join(path, String.valueOf(key)), "is not a known key here; known keys: " + known.stream().sorted().toList());
                clean = false;
            }
        }
        return clean;
    }

    static String join(String path, String key) {
        if (key.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? key : path + "." + key;
    }
}
