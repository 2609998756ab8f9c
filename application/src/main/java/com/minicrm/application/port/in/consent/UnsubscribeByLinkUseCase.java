package com.minicrm.application.port.in.consent;

import com.minicrm.domain.consent.InvalidUnsubscribeLinkException;
import com.minicrm.domain.consent.SubscriptionState;

/**
 * The public unsubscribe link an e-mail carries: opening it shows whose e-mail it unsubscribes, and
 * confirming unsubscribes that customer's e-mail (source {@code unsubscribe-link}). Every method
 * throws {@link InvalidUnsubscribeLinkException}, and changes nothing, for a link the app did not make.
 */
public interface UnsubscribeByLinkUseCase {
    /** What the link's page shows: the address (masked, since anyone holding the link sees it) and its subscription now. */
    record LinkedSubscription(long campaignId, String maskedEmail, SubscriptionState email) {
        public boolean unsubscribed() {
            return email.status() == com.minicrm.domain.consent.Subscription.UNSUBSCRIBED;
        }
    }

    LinkedSubscription open(String token);

    /** Unsubscribes the link's customer from e-mail; confirming again changes nothing. */
    LinkedSubscription unsubscribe(String token);
}
