package com.minicrm.adapter.in.rest.composer;

import com.minicrm.application.port.in.PreviewMessageUseCase.MessagePreview;
import com.minicrm.domain.customer.CustomerProfile;

/** The message as the customer would receive it, and who that customer is (null when there are none yet). */
public record MessagePreviewResponse(String text, SampleCustomer customer) {
    /** The customer the preview was rendered for. */
    public record SampleCustomer(String externalId, String name, String city) {
        static SampleCustomer from(CustomerProfile customer) {
            return new SampleCustomer(customer.externalId(), customer.name(), customer.city());
        }
    }

    static MessagePreviewResponse from(MessagePreview preview) {
        return new MessagePreviewResponse(preview.text(), preview.customer().map(SampleCustomer::from).orElse(null));
    }
}
