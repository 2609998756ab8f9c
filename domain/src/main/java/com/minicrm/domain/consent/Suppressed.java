package com.minicrm.domain.consent;

/** How many of a campaign's matched customers were not messaged, per reason. */
public record Suppressed(int unsubscribed, int frequencyCapped, int noAddress) {
    public static final Suppressed NONE = new Suppressed(0, 0, 0);

    public Suppressed {
        if (unsubscribed < 0 || frequencyCapped < 0 || noAddress < 0) {
            throw new IllegalArgumentException("suppressed counts are never negative");
        }
    }

    public int total() {
        return unsubscribed + frequencyCapped + noAddress;
    }

    public Suppressed plus(Suppressed more) {
        return new Suppressed(unsubscribed + more.unsubscribed, frequencyCapped + more.frequencyCapped, noAddress + more.noAddress);
    }

    /** One more customer suppressed for {@code reason}. */
    public Suppressed plus(SuppressionReason reason) {
        return switch (reason) {
            case UNSUBSCRIBED -> new Suppressed(unsubscribed + 1, frequencyCapped, noAddress);
            case FREQUENCY_CAP -> new Suppressed(unsubscribed, frequencyCapped + 1, noAddress);
            case NO_ADDRESS -> new Suppressed(unsubscribed, frequencyCapped, noAddress + 1);
        };
    }
}
