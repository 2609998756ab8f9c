package com.minicrm.domain.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a matched customer is not messaged. The declaration order is the precedence: a customer who
 * both unsubscribed and has no address is suppressed as {@code unsubscribed}, because their wish is
 * the stronger fact, and the cap is only worth reporting for someone who could have been reached.
 */
public enum SuppressionReason {
    UNSUBSCRIBED("unsubscribed"),
    FREQUENCY_CAP("frequency_cap"),
    NO_ADDRESS("no_address");

    private final String wireName;

    SuppressionReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SuppressionReason> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(value)).findFirst();
    }

    /** The reason that wins for one customer, or empty when the customer is messaged. */
    public static Optional<SuppressionReason> of(boolean unsubscribed, boolean capped, boolean noAddress) {
        if (unsubscribed) {
            return Optional.of(UNSUBSCRIBED);
        }
        if (capped) {
            return Optional.of(FREQUENCY_CAP);
        }
        return noAddress ? Optional.of(NO_ADDRESS) : Optional.empty();
    }
}
