package com.minicrm.application.port.in.consent;

import com.minicrm.domain.consent.CustomerSubscriptions;
import java.util.Optional;

/** Reads a customer's subscriptions per channel, with the time and source of each change. */
public interface FindSubscriptionsUseCase {
    Optional<CustomerSubscriptions> ofCustomer(String externalId);
}
