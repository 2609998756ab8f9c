package com.minicrm.domain.validation;

import java.util.Objects;

/** One broken rule in some input, named by its path (for example {@code customers[3].email}). */
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
