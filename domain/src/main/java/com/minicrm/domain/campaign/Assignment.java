package com.minicrm.domain.campaign;

/**
 * Where one audience member stands in a campaign's test: in the holdout (no message), or messaged
 * with a variant ({@code null} when the campaign has a single template).
 */
public record Assignment(boolean holdout, String variantKey) {
    public static final Assignment SINGLE = new Assignment(false, null);

    public static Assignment heldOut() {
        return new Assignment(true, null);
    }

    public static Assignment variant(String key) {
        return new Assignment(false, key);
    }
}
