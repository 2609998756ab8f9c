package com.minicrm.domain.consent;

import com.minicrm.domain.campaign.Channel;
import java.time.Instant;
import java.util.Objects;

/**
 * One channel's subscription as it stands, or one change of it in the history: what, how and when,
 * and by whom where that is known ({@code changedBy}: the marketer's e-mail, the API key's name, or
 * {@code campaign <id>} for the e-mail whose unsubscribe link was used), else null.
 */
public record SubscriptionState(Channel channel, Subscription status, SubscriptionSource source, Instant changedAt, String changedBy) {
    public static final int MAX_CHANGED_BY = 254;

    public SubscriptionState {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public SubscriptionState(Channel channel, Subscription status, SubscriptionSource source, Instant changedAt) {
        this(channel, status, source, changedAt, null);
    }

    /** What the record names as the one who changed a subscription: at most {@value #MAX_CHANGED_BY} characters, or null. */
    public static String changedBy(String who) {
        if (who == null || who.isBlank()) {
            return null;
        }
        String stripped = who.strip();
        return stripped.length() <= MAX_CHANGED_BY ? stripped : stripped.substring(0, MAX_CHANGED_BY);
    }

    /** The changedBy of a change made through an unsubscribe link in this campaign's e-mail. */
    public static String viaCampaign(long campaignId) {
        return "campaign " + campaignId;
    }
}
