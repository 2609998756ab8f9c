package com.minicrm.application.service;

import com.minicrm.application.port.in.PreviewMessageUseCase;
import com.minicrm.application.port.out.Customers;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders a template with the domain's renderer, so the preview is exactly what the campaign sends. */
public class PreviewMessageService implements PreviewMessageUseCase {
    /** With no customers yet, every placeholder shows its fallback. */
    private static final CustomerProfile NOBODY = new CustomerProfile(0, "-", null, null, null, null, null, List.of(),
            Map.of(), BigDecimal.ZERO, 0, BigDecimal.ZERO, null, null, true, null);

    private final Customers customers;

    public PreviewMessageService(Customers customers) {
        this.customers = customers;
    }

    @Override
    public MessagePreview preview(String template, String customerExternalId) {
        MessageTemplate parsed = MessageTemplate.parse("template", template);
        Optional<CustomerProfile> customer = sampleCustomer(customerExternalId);
        return new MessagePreview(parsed.render(customer.orElse(NOBODY)), customer);
    }

    private Optional<CustomerProfile> sampleCustomer(String externalId) {
        if (externalId == null || externalId.isBlank()) {
            return customers.page(0, 1).stream().findFirst();
        }
        return Optional.of(customers.findByExternalId(externalId.strip())
                .orElseThrow(() -> InvalidInputException.of("customerExternalId", "is not a known customer")));
    }
}
