package com.minicrm.domain.consent;

import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.validation.Violations;
import java.util.EnumMap;
import java.util.Map;

/**
 * The subscriptions a brand sends with a customer, as sent: {@code "subscribed"} or
 * {@code "unsubscribed"} per channel, and null for a channel whose stored value stays.
 */
public record ChannelSubscriptions(String sms, String email, String whatsapp) {

    /** Adds every value that is neither subscribed nor unsubscribed to {@code violations}, under {@code path}. */
    public void validate(String path, Violations violations) {
        check(path + "subscriptions.sms", sms, violations);
        check(path + "subscriptions.email", email, violations);
        check(path + "subscriptions.whatsapp", whatsapp, violations);
    }

    private static void check(String field, String value, Violations violations) {
        if (value != null && Subscription.parse(value).isEmpty()) {
            violations.add(field, "must be subscribed or unsubscribed");
        }
    }

    /** The channels this request sets, with their new value; absent channels are left out. */
    public Map<Channel, Subscription> requested() {
        Map<Channel, Subscription> requested = new EnumMap<>(Channel.class);
        put(requested, Channel.SMS, sms);
        put(requested, Channel.EMAIL, email);
        put(requested, Channel.WHATSAPP, whatsapp);
        return requested;
    }

    private static void put(Map<Channel, Subscription> into, Channel channel, String value) {
        Subscription.parse(value).ifPresent(s -> into.put(channel, s));
    }

    /** These subscriptions followed by later ones: a channel the later ones set wins. */
    public ChannelSubscriptions followedBy(ChannelSubscriptions later) {
        if (later == null) {
            return this;
        }
        return new ChannelSubscriptions(later.sms != null ? later.sms : sms, later.email != null ? later.email : email,
                later.whatsapp != null ? later.whatsapp : whatsapp);
    }
}
