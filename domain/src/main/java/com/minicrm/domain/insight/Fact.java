package com.minicrm.domain.insight;

import java.util.Objects;

/**
 * One number the code computed about a campaign, with a key for machines, a label for people, and
 * the base it was computed on: a plain count has none, a rate is a share of some set of messages.
 */
public record Fact(String key, String label, double value, Base base) {
    /**
     * What a rate is a share of. Delivery rates on different bases (finished messages, the whole
     * audience) must not be compared in one summary; conversion rates have bases of their own.
     */
    public enum Base {
        /** A count, an amount or a duration, not a share of anything. */
        NONE("", ""),
        /** A share of the messages that have a final outcome (sent or failed) so far. */
        FINISHED("finished", "finished messages"),
        /** A share of the whole audience, pending messages included. */
        AUDIENCE("audience", "audience messages"),
        /** A conversion rate: a share of the recipients whose message was delivered. */
        DELIVERED("recipients", "delivered recipients"),
        /** A conversion rate of the control group: a share of the holdout's members. */
        HOLDOUT("holdout", "holdout members");

        private final String word;
        private final String noun;

        Base(String word, String noun) {
            this.word = word;
            this.noun = noun;
        }

        /** The word a summary uses to name this base. */
        public String word() {
            return word;
        }

        /** What the base counts, as an error message names it. */
        public String noun() {
            return noun;
        }

        /** Whether this base is one of the delivery-rate bases, which must not be mixed in one summary. */
        public boolean isDelivery() {
            return this == FINISHED || this == AUDIENCE;
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

    /** Whole numbers stay whole; rates keep one decimal, and amounts (revenue in rupees) their paise. */
    public Number number() {
        if (value == Math.rint(value)) {
            return (long) value;
        }
        return isRate() ? Math.round(value * 10) / 10.0 : Math.round(value * 100) / 100.0;
    }
}
