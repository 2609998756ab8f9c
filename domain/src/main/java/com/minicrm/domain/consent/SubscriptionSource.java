package com.minicrm.domain.consent;

import java.util.Arrays;
import java.util.Optional;

/** Who last changed a subscription: the brand's API, a STOP reply, an unsubscribe link or a marketer. */
public enum SubscriptionSource {
    API("api"),
    STOP_REPLY("stop-reply"),
    UNSUBSCRIBE_LINK("unsubscribe-link"),
    MARKETER("marketer");

    private final String wireName;

    SubscriptionSource(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SubscriptionSource> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(value)).findFirst();
    }
}
