package com.minicrm.domain.consent;

import com.minicrm.domain.campaign.Channel;
import java.time.Instant;
import java.util.Objects;

/** One channel's subscription as it stands, or one change of it in the history: what, how and when. */
public record SubscriptionState(Channel channel, Subscription status, SubscriptionSource source, Instant changedAt) {
    public SubscriptionState {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
