package com.minicrm.domain.segment;

import java.util.function.Function;

/** A segment rule: either a group of rules joined by a combinator, or one condition on a field. */
public sealed interface Rule permits Group, Condition {
    int MAX_DEPTH = 10;
    int MAX_CONDITIONS = 200;

    /**
     * Hands this rule to the function for its kind. Java 17 has no pattern switch, so this is how
     * callers get a compiler-checked, exhaustive case analysis over the sealed tree.
     */
    <R> R fold(Function<Group, R> onGroup, Function<Condition, R> onCondition);

    static Group and(Rule... rules) {
        return new Group(Combinator.AND, false, java.util.List.of(rules));
    }

    static Group or(Rule... rules) {
        return new Group(Combinator.OR, false, java.util.List.of(rules));
    }

    static Group not(Group group) {
        return new Group(group.combinator(), !group.not(), group.rules());
    }
}
