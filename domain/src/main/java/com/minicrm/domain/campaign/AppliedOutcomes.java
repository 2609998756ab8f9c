package com.minicrm.domain.campaign;

/** What a batch of outcomes changed: applied ones moved a message, ignored ones were duplicates or late. */
public record AppliedOutcomes(int applied, int ignored) {
    public static final AppliedOutcomes NONE = new AppliedOutcomes(0, 0);
}
