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

    /** The rendered text and the customer it was rendered for; none when there are no customers yet. */
    record MessagePreview(String text, Optional<CustomerProfile> customer) {}
}
