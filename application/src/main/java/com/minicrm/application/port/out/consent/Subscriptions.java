package com.minicrm.application.port.out.consent;

import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.CustomerSubscriptions;
import com.minicrm.domain.consent.Subscription;
import com.minicrm.domain.consent.SubscriptionSource;
import java.time.Instant;
import java.util.Optional;

/** Customers' subscriptions per channel and their history. */
public interface Subscriptions {
    /** The customer's subscriptions, or empty when no customer has this external id. */
    Optional<CustomerSubscriptions> ofCustomer(String externalId);

    /**
     * Sets one channel of one customer, recording the change in the history only when it is one.
     * Returns false when no customer has this external id.
     */
    boolean change(String externalId, Channel channel, Subscription status, SubscriptionSource source, Instant now);
}
