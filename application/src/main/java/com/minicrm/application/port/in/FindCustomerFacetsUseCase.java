package com.minicrm.application.port.in;

import java.util.List;

/** The values the segment builder suggests: the cities and tags customers actually have. */
public interface FindCustomerFacetsUseCase {
    int MAX_VALUES = 200;

    Facets facets();

    /** The most common cities and tags first, at most {@link #MAX_VALUES} of each. */
    record Facets(List<String> cities, List<String> tags) {
        public Facets {
            cities = List.copyOf(cities);
            tags = List.copyOf(tags);
        }
    }
}
