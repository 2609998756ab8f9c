package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.PreviewMessageUseCase;
import com.minicrm.application.port.in.PreviewMessageUseCase.MessagePreview;
import com.minicrm.application.port.in.campaign.SendTestMessageUseCase;
import com.minicrm.application.port.out.Customers;
import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.EmailSubject;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.campaign.TestMessage;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Text;
import com.minicrm.domain.validation.Violations;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the whole request first (channel, address, template, customer) and reports every problem at
 * once; then renders the message as the composer previews it and hands it to the vendor like a
 * campaign message.
 */
public class SendTestMessageService implements SendTestMessageUseCase {
    private final PreviewMessageUseCase preview;
    private final Customers customers;
    private final MessagingVendor vendor;

    public SendTestMessageService(PreviewMessageUseCase preview, Customers customers, MessagingVendor vendor) {
        this.preview = preview;
        this.customers = customers;
        this.vendor = vendor;
    }

    @Override
    public TestSent send(TestMessageCommand command) {
        Violations violations = new Violations();
        Channel channel = Arrays.stream(Channel.values()).filter(c -> c.name().equals(command.channel())).findFirst().orElse(null);
        if (channel == null) {
            violations.add("channel", "must be one of SMS, EMAIL, WHATSAPP");
        } else {
            TestMessage.checkAddress(channel, command.to(), violations);
        }
        try {
            MessageTemplate.parse("template", command.template()).checkChannel("template", channel, violations);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> violations.add(v.field(), v.message()));
        }
        if (channel == Channel.EMAIL && Text.isBlank(command.subject())) {
            violations.add("subject", "is required for an e-mail");
        } else {
            EmailSubject.check(command.subject(), channel, violations);
        }
        String customer = command.customerExternalId();
        if (customer != null && !customer.isBlank() && customers.findByExternalId(customer.strip()).isEmpty()) {
            violations.add("customerExternalId", "is not a known customer");
        }
        violations.throwIfAny();
        MessagePreview rendered = preview.preview(command.template(), customer);
        String subject = channel == Channel.EMAIL ? preview.preview(command.subject(), customer).text() : null;
        OutgoingMessage message = TestMessage.to(channel, command.to(), rendered.text(), subject);
        SendResult result = vendor.send(List.of(message)).get(0);
        return new TestSent(message.recipient(), message.body(), result.accepted(), result.vendorMessageId().orElse(null),
                result.accepted() ? null : result.reply().describe(), message.subject());
    }
}
