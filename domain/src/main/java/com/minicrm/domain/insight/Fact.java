package com.minicrm.domain.insight;

import java.util.Objects;

/**
 * One number the code computed about a campaign, with a key for machines, a label for people, and
 * the base it was computed on: a plain count has none, a rate is a share of some set of messages.
 */
public record Fact(String key, String label, double value, Base base) {
    /** What a rate is a share of; rates on different bases must not be compared in one summary. */
    public enum Base {
        /** A count or a duration, not a share of anything. */
        NONE(""),
        /** A share of the messages that have a final outcome (sent or failed) so far. */
        FINISHED("finished"),
        /** A share of the whole audience, pending messages included. */
        AUDIENCE("audience");

        private final String word;

        Base(String word) {
            this.word = word;
        }

        /** The word a summary uses to name this base. */
        public String word() {
            return word;
        }
    }

    public Fact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(base, "base");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a fact is a finite number");
        }
    }

    /** A count, computed on no base. */
    public Fact(String key, String label, double value) {
        this(key, label, value, Base.NONE);
    }

    public boolean isRate() {
        return base != Base.NONE;
    }

    /** Whole numbers stay whole; rates keep one decimal. */
    public Number number() {
        return value == Math.rint(value) ? (Number) (long) value : (Number) (Math.round(value * 10) / 10.0);
    }
}
