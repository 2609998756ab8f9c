package com.minicrm.domain.campaign;

import java.util.Objects;

/** One version of a campaign's message, sent to {@code weight} percent of the messaged audience. */
public record Variant(String key, MessageTemplate template, int weight) {
    public Variant {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(template, "template");
        if (weight < 1 || weight > 99) {
            throw new IllegalArgumentException("a variant's weight is 1 to 99");
        }
    }
}
