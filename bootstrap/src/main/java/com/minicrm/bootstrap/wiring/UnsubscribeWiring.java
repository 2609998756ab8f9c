package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.consent.ChangeSubscriptionsUseCase;
import com.minicrm.application.port.in.consent.UnsubscribeByLinkUseCase;
import com.minicrm.application.port.out.Customers;
import com.minicrm.application.port.out.campaign.DeliverySecrets;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.application.service.consent.ChangeSubscriptionsService;
import com.minicrm.application.service.consent.UnsubscribeByLinkService;
import com.minicrm.domain.consent.UnsubscribeLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Wires the unsubscribe links and the changes a marketer or an API client makes to subscriptions. */
@ApplicationScoped
public class UnsubscribeWiring {
    private static final Logger LOG = Logger.getLogger(UnsubscribeWiring.class);

    /**
     * The configured secret, or else one this install generated on its first start and keeps in the
     * database for every instance, as the receipt secret: no value in the repository signs a link.
     */
    @Produces
    @Singleton
    UnsubscribeLinks unsubscribeLinks(@ConfigProperty(name = "crm.unsubscribe.secret") Optional<String> configured,
            @ConfigProperty(name = "crm.public-url") String publicUrl, DeliverySecrets stored, Clock clock) {
        String secret = configured.filter(s -> !s.isBlank()).orElseGet(() -> {
            LOG.info("No CRM_UNSUBSCRIBE_SECRET is set: unsubscribe links are signed with the secret this install generated"
                    + " and keeps in the database");
            return stored.establish("unsubscribe-secret", UnsubscribeLinks.newSecret(), clock.instant());
        });
        return new UnsubscribeLinks(secret, publicUrl);
    }

    @Produces
    @ApplicationScoped
    UnsubscribeByLinkUseCase unsubscribeByLink(UnsubscribeLinks links, Subscriptions subscriptions, Customers customers, Clock clock) {
        return new UnsubscribeByLinkService(links, subscriptions, customers, clock);
    }

    @Produces
    @ApplicationScoped
    ChangeSubscriptionsUseCase changeSubscriptions(Subscriptions subscriptions, Clock clock) {
        return new ChangeSubscriptionsService(subscriptions, clock);
    }
}
