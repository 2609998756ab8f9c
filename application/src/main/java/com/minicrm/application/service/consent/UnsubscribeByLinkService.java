package com.minicrm.application.service.consent;

import com.minicrm.application.port.in.consent.UnsubscribeByLinkUseCase;
import com.minicrm.application.port.out.Customers;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.CustomerSubscriptions;
import com.minicrm.domain.consent.InvalidUnsubscribeLinkException;
import com.minicrm.domain.consent.Subscription;
import com.minicrm.domain.consent.SubscriptionSource;
import com.minicrm.domain.consent.SubscriptionState;
import com.minicrm.domain.consent.UnsubscribeLinks;
import com.minicrm.domain.consent.UnsubscribeToken;
import java.time.Clock;

/** Checks the link's signature before anything is read, then shows or unsubscribes its customer's e-mail. */
public class UnsubscribeByLinkService implements UnsubscribeByLinkUseCase {
    private final UnsubscribeLinks links;
    private final Subscriptions subscriptions;
    private final Customers customers;
    private final Clock clock;

    public UnsubscribeByLinkService(UnsubscribeLinks links, Subscriptions subscriptions, Customers customers, Clock clock) {
        this.links = links;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public LinkedSubscription open(String token) {
        UnsubscribeToken link = verified(token);
        return read(link, externalId(link));
    }

    @Override
    public LinkedSubscription unsubscribe(String token) {
        UnsubscribeToken link = verified(token);
        String externalId = externalId(link);
        subscriptions.change(new Subscriptions.Change(externalId, Channel.EMAIL, Subscription.UNSUBSCRIBED, SubscriptionSource.UNSUBSCRIBE_LINK,
                SubscriptionState.viaCampaign(link.campaignId())), clock.instant()).orElseThrow(UnsubscribeByLinkService::gone);
        return read(link, externalId);
    }

    private UnsubscribeToken verified(String token) {
        return links.verify(token).orElseThrow(() -> new InvalidUnsubscribeLinkException(false,
                "this unsubscribe link is not one this app made: it may have been changed or cut short"));
    }

    private String externalId(UnsubscribeToken link) {
        return subscriptions.externalIdOf(link.customerId()).orElseThrow(UnsubscribeByLinkService::gone);
    }

    private LinkedSubscription read(UnsubscribeToken link, String externalId) {
        CustomerSubscriptions now = subscriptions.ofCustomer(externalId).orElseThrow(UnsubscribeByLinkService::gone);
        String email = customers.findByExternalId(externalId).map(c -> c.email()).orElse(null);
        return new LinkedSubscription(link.campaignId(), mask(email), now.on(Channel.EMAIL));
    }

    /** "mohit@example.in" as "m•••t@example.in": enough for its owner to recognise, little for anyone else holding the link. */
    static String mask(String email) {
        if (email == null || email.indexOf('@') < 1) {
            return "your address";
        }
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String shown = local.length() <= 2 ? local.substring(0, 1) + "•••" : local.charAt(0) + "•••" + local.charAt(local.length() - 1);
        return shown + email.substring(at);
    }

    /** The link is genuine, but its customer is gone. */
    private static InvalidUnsubscribeLinkException gone() {
        return new InvalidUnsubscribeLinkException(true, "the customer this link was sent to no longer exists");
    }
}
