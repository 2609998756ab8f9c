package com.minicrm.domain.campaign;

/**
 * What a batch of outcomes changed: applied ones moved a message; ignored ones were duplicates,
 * late, or named a message the log does not hold, and {@code unknown} counts those last ones.
 */
public record AppliedOutcomes(int applied, int ignored, int unknown) {
    public static final AppliedOutcomes NONE = new AppliedOutcomes(0, 0, 0);

    public AppliedOutcomes {
        if (applied < 0 || ignored < 0 || unknown < 0 || unknown > ignored) {
            throw new IllegalArgumentException("counts must be non-negative, and unknown ones are among the ignored");
        }
    }

    /** A batch in which every message was known. */
    public AppliedOutcomes(int applied, int ignored) {
        this(applied, ignored, 0);
    }
}
