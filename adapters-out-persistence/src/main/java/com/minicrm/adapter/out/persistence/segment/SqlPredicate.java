package com.minicrm.adapter.out.persistence.segment;

import java.util.List;

/** A WHERE predicate with {@code ?} placeholders, and the values to bind to them in order. */
record SqlPredicate(String sql, List<Object> binds) {
    SqlPredicate {
        binds = List.copyOf(binds);
    }
}
