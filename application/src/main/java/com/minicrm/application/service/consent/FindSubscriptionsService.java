package com.minicrm.application.service.consent;

import com.minicrm.application.port.in.consent.FindSubscriptionsUseCase;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.domain.consent.CustomerSubscriptions;
import java.util.Optional;

/** Reads a customer's subscriptions for the API and the customer page. */
public class FindSubscriptionsService implements FindSubscriptionsUseCase {
    private final Subscriptions subscriptions;

    public FindSubscriptionsService(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public Optional<CustomerSubscriptions> ofCustomer(String externalId) {
        return subscriptions.ofCustomer(externalId);
    }
}
