package com.minicrm.application.service.consent;

import com.minicrm.application.port.in.consent.ChangeSubscriptionsUseCase;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.CustomerSubscriptions;
import com.minicrm.domain.consent.Subscription;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violations;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Validates the requested values, applies them channel by channel, and reads the result back. */
public class ChangeSubscriptionsService implements ChangeSubscriptionsUseCase {
    private final Subscriptions subscriptions;
    private final Clock clock;

    public ChangeSubscriptionsService(Subscriptions subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Override
    public Optional<CustomerSubscriptions> change(ChangeSubscriptionsCommand command) {
        Violations violations = new Violations();
        if (command.requested() == null) {
            throw InvalidInputException.of("subscriptions", "give at least one of sms, email, whatsapp");
        }
        command.requested().validate("", violations);
        violations.throwIfAny();
        Map<Channel, Subscription> requested = command.requested().requested();
        if (requested.isEmpty()) {
            throw InvalidInputException.of("subscriptions", "give at least one of sms, email, whatsapp");
        }
        for (Map.Entry<Channel, Subscription> e : requested.entrySet()) {
            Optional<Subscriptions.Changed> done = subscriptions.change(new Subscriptions.Change(command.externalId(), e.getKey(), e.getValue(),
                    command.source(), command.changedBy()), clock.instant());
            if (done.isEmpty()) {
                return Optional.empty();
            }
        }
        return subscriptions.ofCustomer(command.externalId());
    }
}
