package com.minicrm.application.port.out.ai;

import java.util.Set;

/** The cities and tags the customer data actually holds, so text can be matched against real values. */
public record Vocabulary(Set<String> cities, Set<String> tags) {
    public Vocabulary {
        cities = Set.copyOf(cities);
        tags = Set.copyOf(tags);
    }

    public static Vocabulary empty() {
        return new Vocabulary(Set.of(), Set.of());
    }
}
