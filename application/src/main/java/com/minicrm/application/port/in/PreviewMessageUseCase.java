package com.minicrm.application.port.in;

import com.minicrm.domain.customer.CustomerProfile;
import java.util.Optional;

/** Renders a message template for one real customer, as a campaign would send it. */
public interface PreviewMessageUseCase {
    /**
     * Renders for the customer with {@code customerExternalId}, or for any customer when it is blank;
     * an invalid template or an unknown customer is an {@code InvalidInputException}.
     */
    MessagePreview preview(String template, String customerExternalId);

    /**
     * As {@link #preview(String, String)}, also checking that the template fits {@code channel} (one of
     * SMS, EMAIL, WHATSAPP, or null for any): {@code {{unsubscribe_url}}} is for e-mail only.
     */
    default MessagePreview preview(String template, String customerExternalId, String channel) {
        return preview(template, customerExternalId);
    }

    /** The rendered text and the customer it was rendered for; none when there are no customers yet. */
    record MessagePreview(String text, Optional<CustomerProfile> customer) {}
}
