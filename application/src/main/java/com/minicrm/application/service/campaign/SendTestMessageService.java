package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.PreviewMessageUseCase;
import com.minicrm.application.port.in.PreviewMessageUseCase.MessagePreview;
import com.minicrm.application.port.in.campaign.SendTestMessageUseCase;
import com.minicrm.application.port.out.Customers;
import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.EmailSubject;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.campaign.TestMessage;
import com.minicrm.domain.consent.Subscription;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Text;
import com.minicrm.domain.validation.Violations;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the whole request first (channel, address, template, customer) and reports every problem at
 * once; then renders the message as the composer previews it and hands it to the vendor like a
 * campaign message. The test goes to the address typed in {@code to}; the customer only fills the
 * placeholders, so it is refused only when {@code to} is that customer's own address on a channel
 * they unsubscribed from: a test is no way around an unsubscribe.
 */
public class SendTestMessageService implements SendTestMessageUseCase {
    private static final int NATIONAL_DIGITS = 10;

    private final PreviewMessageUseCase preview;
    private final Customers customers;
    private final MessagingVendor vendor;
    private final Subscriptions subscriptions;

    public SendTestMessageService(PreviewMessageUseCase preview, Customers customers, MessagingVendor vendor,
            Subscriptions subscriptions) {
        this.preview = preview;
        this.customers = customers;
        this.vendor = vendor;
        this.subscriptions = subscriptions;
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
        if (customer != null && !customer.isBlank()) {
            Optional<CustomerProfile> profile = customers.findByExternalId(customer.strip());
            if (profile.isEmpty()) {
                violations.add("customerExternalId", "is not a known customer");
            } else if (channel != null && isOwnAddress(profile.get(), channel, command.to()) && unsubscribed(profile.get(), channel)) {
                violations.add("to", "is the address of customer " + profile.get().externalId() + ", who is unsubscribed from "
                        + channel.name() + "; send the test to your own address");
            }
        }
        violations.throwIfAny();
        MessagePreview rendered = preview.preview(command.template(), customer);
        String subject = channel == Channel.EMAIL ? preview.preview(command.subject(), customer).text() : null;
        OutgoingMessage message = TestMessage.to(channel, command.to(), rendered.text(), subject);
        SendResult result = vendor.send(List.of(message)).get(0);
        return new TestSent(message.recipient(), message.body(), result.accepted(), result.vendorMessageId().orElse(null),
                result.accepted() ? null : result.reply().describe(), message.subject());
    }

    private boolean unsubscribed(CustomerProfile customer, Channel channel) {
        return subscriptions.ofCustomer(customer.externalId())
                .map(s -> s.on(channel).status() == Subscription.UNSUBSCRIBED).orElse(false);
    }

    /** E-mail compares without case; a phone number by its digits, so "+91 98765-43210" is "9876543210". */
    private static boolean isOwnAddress(CustomerProfile customer, Channel channel, String to) {
        if (to == null) {
            return false;
        }
        if (channel == Channel.EMAIL) {
            return customer.email() != null && customer.email().strip().toLowerCase(Locale.ROOT).equals(to.strip().toLowerCase(Locale.ROOT));
        }
        if (customer.phone() == null) {
            return false;
        }
        String typed = digits(to);
        String own = digits(customer.phone());
        // With or without the country code it reaches the same phone: the last ten digits decide.
        return !typed.isEmpty() && (typed.equals(own)
                || typed.length() >= NATIONAL_DIGITS && own.length() >= NATIONAL_DIGITS
                        && typed.endsWith(own.substring(own.length() - NATIONAL_DIGITS)));
    }

    private static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }
}
