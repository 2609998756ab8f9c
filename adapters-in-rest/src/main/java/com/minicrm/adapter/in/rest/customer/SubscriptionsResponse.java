package com.minicrm.adapter.in.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.CustomerSubscriptions;
import com.minicrm.domain.consent.SubscriptionState;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's subscription on each channel, with when and how it last changed. */
@Schema(name = "CustomerSubscriptions")
public record SubscriptionsResponse(State sms, State email, State whatsapp) {

    /** One channel's subscription. */
    @Schema(name = "SubscriptionState")
    public record State(
            @Schema(enumeration = {"subscribed", "unsubscribed"}) String status,
            @Schema(description = "When it last changed; a channel never changed shows the customer's creation") Instant changedAt,
            @Schema(enumeration = {"api", "stop-reply", "unsubscribe-link", "marketer"}) String source,
            @Schema(description = "Who made the last change where known: the marketer, the API key (api-key:<name>), or"
                    + " 'campaign <id>' for an e-mail's unsubscribe link; absent otherwise")
            @JsonInclude(JsonInclude.Include.NON_NULL) String changedBy) {

        static State from(SubscriptionState s) {
            return new State(s.status().wireName(), s.changedAt(), s.source().wireName(), s.changedBy());
        }
    }

    static SubscriptionsResponse from(CustomerSubscriptions s) {
        return new SubscriptionsResponse(State.from(s.on(Channel.SMS)), State.from(s.on(Channel.EMAIL)), State.from(s.on(Channel.WHATSAPP)));
    }
}
