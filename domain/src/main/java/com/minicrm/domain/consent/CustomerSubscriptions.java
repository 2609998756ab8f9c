package com.minicrm.domain.consent;

import com.minicrm.domain.campaign.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's subscriptions on every channel, with the history of changes. A channel nobody has
 * changed is subscribed since the customer was created, through the API: every customer starts so.
 */
public record CustomerSubscriptions(Map<Channel, SubscriptionState> current, List<SubscriptionState> history) {
    public CustomerSubscriptions {
        current = Collections.unmodifiableMap(new EnumMap<>(current));
        history = List.copyOf(history);
    }

    /** Fills the channels without a stored change with the starting state. */
    public static CustomerSubscriptions of(Instant customerCreatedAt, List<SubscriptionState> stored, List<SubscriptionState> history) {
        Map<Channel, SubscriptionState> current = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            current.put(channel, new SubscriptionState(channel, Subscription.SUBSCRIBED, SubscriptionSource.API, customerCreatedAt));
        }
        stored.forEach(s -> current.put(s.channel(), s));
        return new CustomerSubscriptions(current, new ArrayList<>(history));
    }

    public SubscriptionState on(Channel channel) {
        return current.get(channel);
    }
}
