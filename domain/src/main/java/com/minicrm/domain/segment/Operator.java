package com.minicrm.domain.segment;

import java.util.Arrays;
import java.util.Optional;

/** The operators of the rule language, with their JSON names (the react-querybuilder ones). */
public enum Operator {
    EQUAL("=", "=", Arity.ONE),
    NOT_EQUAL("!=", "≠", Arity.ONE),
    LESS("<", "<", Arity.ONE),
    LESS_OR_EQUAL("<=", "≤", Arity.ONE),
    GREATER(">", ">", Arity.ONE),
    GREATER_OR_EQUAL(">=", "≥", Arity.ONE),
    BETWEEN("between", "between", Arity.RANGE),
    NOT_BETWEEN("notBetween", "not between", Arity.RANGE),
    IN("in", "in", Arity.LIST),
    NOT_IN("notIn", "not in", Arity.LIST),
    CONTAINS("contains", "contains", Arity.ONE),
    DOES_NOT_CONTAIN("doesNotContain", "does not contain", Arity.ONE),
    BEGINS_WITH("beginsWith", "begins with", Arity.ONE),
    ENDS_WITH("endsWith", "ends with", Arity.ONE),
    IS_NULL("null", "is missing", Arity.NONE),
    IS_NOT_NULL("notNull", "is present", Arity.NONE);

    private final String json;
    private final String text;
    private final Arity arity;

    Operator(String json, String text, Arity arity) {
        this.json = json;
        this.text = text;
        this.arity = arity;
    }

    public String json() {
        return json;
    }

    /** How the operator reads in a rule's description. */
    public String text() {
        return text;
    }

    public Arity arity() {
        return arity;
    }

    public static Optional<Operator> fromJson(String name) {
        return Arrays.stream(values()).filter(o -> o.json.equals(name)).findFirst();
    }
}
