package com.minicrm.application.service;

import com.minicrm.application.port.in.PreviewMessageUseCase;
import com.minicrm.application.port.out.Customers;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violations;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders a template with the domain's renderer, so the preview is exactly what the campaign sends. */
public class PreviewMessageService implements PreviewMessageUseCase {
    /** With no customers yet, every placeholder shows its fallback. */
    private static final CustomerProfile NOBODY = new CustomerProfile(0, "-", null, null, null, null, null, List.of(),
            Map.of(), BigDecimal.ZERO, 0, BigDecimal.ZERO, null, null, true, null);

    private final Customers customers;
    private final String sampleUnsubscribeUrl;

    public PreviewMessageService(Customers customers) {
        this(customers, null);
    }

    /** {@code sampleUnsubscribeUrl} stands in for {@code {{unsubscribe_url}}}: a preview belongs to no campaign, so it has no real link. */
    public PreviewMessageService(Customers customers, String sampleUnsubscribeUrl) {
        this.customers = customers;
        this.sampleUnsubscribeUrl = sampleUnsubscribeUrl;
    }

    @Override
    public MessagePreview preview(String template, String customerExternalId) {
        return preview(template, customerExternalId, null);
    }

    @Override
    public MessagePreview preview(String template, String customerExternalId, String channel) {
        MessageTemplate parsed = MessageTemplate.parse("template", template);
        if (channel != null && !channel.isBlank()) {
            Violations violations = new Violations();
            Channel parsedChannel = Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst().orElse(null);
            if (parsedChannel == null) {
                violations.add("channel", "must be one of SMS, EMAIL, WHATSAPP");
            }
            parsed.checkChannel("template", parsedChannel, violations);
            violations.throwIfAny();
        }
        Optional<CustomerProfile> customer = sampleCustomer(customerExternalId);
        return new MessagePreview(parsed.render(customer.orElse(NOBODY), id -> sampleUnsubscribeUrl), customer);
    }

    private Optional<CustomerProfile> sampleCustomer(String externalId) {
        if (externalId == null || externalId.isBlank()) {
            return customers.page(0, 1).stream().findFirst();
        }
        return Optional.of(customers.findByExternalId(externalId.strip())
                .orElseThrow(() -> InvalidInputException.of("customerExternalId", "is not a known customer")));
    }
}
