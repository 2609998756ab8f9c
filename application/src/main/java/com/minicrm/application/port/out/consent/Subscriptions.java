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

    /** The external id of the customer with this internal id (as an unsubscribe link names it), or empty. */
    Optional<String> externalIdOf(long customerId);

    /** One channel of one customer set to a value, by a source, and by whom where known (else null). */
    record Change(String externalId, Channel channel, Subscription status, SubscriptionSource source, String changedBy) {}

    /** What a change did: whether the value changed (setting the value it has is none), and how many queued messages it withdrew. */
    record Changed(boolean changed, int withdrawn) {}

    /**
     * Sets one channel of one customer, recording the change in the history only when it is one; an
     * unsubscribe also withdraws the customer's messages still queued on that channel in running
     * campaigns, as a STOP reply does. One transaction. Empty when no customer has this external id.
     */
    Optional<Changed> change(Change change, Instant now);
}
