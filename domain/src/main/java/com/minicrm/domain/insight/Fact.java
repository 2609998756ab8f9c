package com.minicrm.domain.insight;

import java.util.Objects;

/** One number the code computed about a campaign, with a key for machines and a label for people. */
public record Fact(String key, String label, double value) {
    public Fact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a fact is a finite number");
        }
    }

    /** Whole numbers stay whole; rates keep one decimal. */
    public Number number() {
        return value == Math.rint(value) ? (Number) (long) value : (Number) (Math.round(value * 10) / 10.0);
    }
}
