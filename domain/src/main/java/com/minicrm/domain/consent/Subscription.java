package com.minicrm.domain.consent;

import java.util.Arrays;
import java.util.Optional;

/** Whether a customer agrees to promotional messages on one channel. */
public enum Subscription {
    SUBSCRIBED("subscribed"),
    UNSUBSCRIBED("unsubscribed");

    private final String wireName;

    Subscription(String wireName) {
        this.wireName = wireName;
    }

    /** The name the API and storage use. */
    public String wireName() {
        return wireName;
    }

    public static Optional<Subscription> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(value)).findFirst();
    }
}
