package com.minicrm.domain.segment;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Rules joined by AND or OR, optionally negated. An empty AND is true and an empty OR is false. */
public record Group(Combinator combinator, boolean not, List<Rule> rules) implements Rule {
    public Group {
        Objects.requireNonNull(combinator, "combinator");
        rules = List.copyOf(rules);
    }

    @Override
    public <R> R fold(Function<Group, R> onGroup, Function<Condition, R> onCondition) {
        return onGroup.apply(this);
    }
}
