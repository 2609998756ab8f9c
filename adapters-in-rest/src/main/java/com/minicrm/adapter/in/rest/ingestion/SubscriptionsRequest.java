package com.minicrm.adapter.in.rest.ingestion;

import com.minicrm.domain.consent.ChannelSubscriptions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The subscriptions sent with a customer; a channel left out keeps its stored value. */
@Schema(name = "Subscriptions", description = "Per channel, subscribed or unsubscribed; an absent channel keeps its stored value, a new customer starts subscribed")
public record SubscriptionsRequest(
        @Schema(enumeration = {"subscribed", "unsubscribed"}, examples = "subscribed") String sms,
        @Schema(enumeration = {"subscribed", "unsubscribed"}, examples = "unsubscribed") String email,
        @Schema(enumeration = {"subscribed", "unsubscribed"}, examples = "subscribed") String whatsapp) {

    public ChannelSubscriptions toDomain() {
        return new ChannelSubscriptions(sms, email, whatsapp);
    }
}
