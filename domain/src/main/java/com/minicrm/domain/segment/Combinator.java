package com.minicrm.domain.segment;

import java.util.Arrays;
import java.util.Optional;

/** How a group joins its rules. */
public enum Combinator {
    AND("and"),
    OR("or");

    private final String json;

    Combinator(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /** The identity of the combinator, which is also what an empty group means. */
    public boolean identity() {
        return this == AND;
    }

    public static Optional<Combinator> fromJson(String name) {
        return Arrays.stream(values()).filter(c -> c.json.equalsIgnoreCase(name)).findFirst();
    }
}
