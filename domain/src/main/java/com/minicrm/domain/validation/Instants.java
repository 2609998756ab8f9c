package com.minicrm.domain.validation;

import java.time.Instant;

/** The span of moments the CRM stores: wide enough for any real date, narrow enough for SQL DATETIME. */
public final class Instants {
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private Instants() {}

    public static void validate(String field, Instant instant, Violations violations) {
        if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
            violations.add(field, "must be between " + EARLIEST + " and " + LATEST);
        }
    }
}
