package com.minicrm.adapter.in.web.customer;

import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.CustomerSubscriptions;
import com.minicrm.domain.consent.Subscription;
import com.minicrm.domain.consent.SubscriptionState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The customer page's subscriptions panel: each channel as it stands, and the newest changes first. */
record SubscriptionsView(List<Row> channels, List<Row> history, int olderChanges) {
    static final int HISTORY_SHOWN = 50;

    /** One channel's state, or one change; {@code changedBy} may be null. */
    record Row(String channel, String label, boolean subscribed, SubscriptionState state) {
        /** The value a marketer's button sets: the other one. */
        public String toggleTo() {
            return (subscribed ? Subscription.UNSUBSCRIBED : Subscription.SUBSCRIBED).wireName();
        }

        public String status() {
            return state.status().wireName();
        }

        public String source() {
            return state.source().wireName();
        }
    }

    static SubscriptionsView of(CustomerSubscriptions subscriptions) {
        List<Row> channels = Arrays.stream(Channel.values()).map(c -> row(subscriptions.on(c))).toList();
        List<Row> history = new ArrayList<>(subscriptions.history().stream().map(SubscriptionsView::row).toList());
        Collections.reverse(history);
        int older = Math.max(0, history.size() - HISTORY_SHOWN);
        return new SubscriptionsView(channels, history.subList(0, history.size() - older), older);
    }

    private static Row row(SubscriptionState s) {
        return new Row(s.channel().name(), label(s.channel()), s.status() == Subscription.SUBSCRIBED, s);
    }

    static String label(Channel channel) {
        return switch (channel) {
            case SMS -> "SMS";
            case EMAIL -> "E-mail";
            case WHATSAPP -> "WhatsApp";
        };
    }
}
