package com.minicrm.application.port.in.consent;

import com.minicrm.domain.consent.ChannelSubscriptions;
import com.minicrm.domain.consent.CustomerSubscriptions;
import com.minicrm.domain.consent.SubscriptionSource;
import com.minicrm.domain.validation.InvalidInputException;
import java.util.Optional;

/** A marketer on the customer page, or a client of the API, sets a customer's subscriptions. */
public interface ChangeSubscriptionsUseCase {
    /** The channels to set (absent ones stay), who asks ({@code marketer} or {@code api}), and their name where known. */
    record ChangeSubscriptionsCommand(String externalId, ChannelSubscriptions requested, SubscriptionSource source, String changedBy) {}

    /**
     * Applies each requested channel (a value it already has is no change) and returns the
     * subscriptions after; empty when no customer has the external id.
     *
     * @throws InvalidInputException for a value other than subscribed or unsubscribed, or no channel at all
     */
    Optional<CustomerSubscriptions> change(ChangeSubscriptionsCommand command);
}
