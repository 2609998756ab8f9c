package com.minicrm.adapter.out.persistence.campaign;

import java.util.List;

/** A WHERE fragment over the customer table with {@code ?} placeholders, and its bind values in order. */
record AudienceFilter(String where, List<Object> binds) {
    AudienceFilter {
        binds = List.copyOf(binds);
    }
}
