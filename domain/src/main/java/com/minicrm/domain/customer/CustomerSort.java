package com.minicrm.domain.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the customer list is ordered; each key has the direction a marketer expects first. */
public enum CustomerSort {
    NEWEST("newest"),
    NAME("name"),
    TOTAL_SPEND("total_spend"),
    LAST_ORDER("last_order");

    private final String param;

    CustomerSort(String param) {
        this.param = param;
    }

    /** The value in a page's query string. */
    public String param() {
        return param;
    }

    /** The sort a query parameter names; blank is the default (newest first), anything unknown is empty. */
    public static Optional<CustomerSort> fromParam(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(NEWEST);
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.param.equals(wanted)).findFirst();
    }
}
