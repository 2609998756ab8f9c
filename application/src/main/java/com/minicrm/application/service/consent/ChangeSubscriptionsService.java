package com.minicrm.application.service.consent;

import com.minicrm.application.port.in.consent.ChangeSubscriptionsUseCase;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.CustomerSubscriptions;
import com.minicrm.domain.consent.Subscription;
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
        Map<Channel, Subscription> requested = command.requested() == null ? Map.of() : command.requested().requested();
        if (command.requested() != null) {
            command.requested().validate("", violations);
        }
        if (violations.isEmpty() && requested.isEmpty()) {
            // each field is named, so a client sees which ones it may send
            for (String channel : new String[] {"sms", "email", "whatsapp"}) {
                violations.add(channel, "give at least one of sms, email, whatsapp");
            }
        }
        violations.throwIfAny();
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
