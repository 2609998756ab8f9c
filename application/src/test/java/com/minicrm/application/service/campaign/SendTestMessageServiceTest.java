package com.minicrm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.port.in.PreviewMessageUseCase.MessagePreview;
import com.minicrm.application.port.in.campaign.SendTestMessageUseCase.TestMessageCommand;
import com.minicrm.application.port.out.Customers;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.campaign.VendorReply;
import com.minicrm.domain.consent.CustomerSubscriptions;
import com.minicrm.domain.consent.Subscription;
import com.minicrm.domain.consent.SubscriptionSource;
import com.minicrm.domain.consent.SubscriptionState;
import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendTestMessageServiceTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final CustomerProfile ASHA = new CustomerProfile(1, "asha", "Asha", "Asha@Example.in", "+91 98765 43210",
            "Pune", null, null, null, null, 0, null, null, null, false, T0);

    private final List<OutgoingMessage> sent = new ArrayList<>();

    private SendTestMessageService service(Subscription sms, Subscription email) {
        Customers customers = new Customers() {
            @Override
            public void store(List<CustomerDraft> c, List<OrderDraft> o) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<CustomerProfile> findByExternalId(String externalId) {
                return ASHA.externalId().equals(externalId) ? Optional.of(ASHA) : Optional.empty();
            }

            @Override
            public List<CustomerProfile> page(long offset, int limit) {
                return List.of();
            }

            @Override
            public long count() {
                return 1;
            }
        };
        Subscriptions subscriptions = new Subscriptions() {
            @Override
            public Optional<CustomerSubscriptions> ofCustomer(String externalId) {
                return Optional.of(CustomerSubscriptions.of(T0, List.of(
                        new SubscriptionState(Channel.SMS, sms, SubscriptionSource.STOP_REPLY, T0),
                        new SubscriptionState(Channel.EMAIL, email, SubscriptionSource.API, T0)), List.of()));
            }

            @Override
            public Optional<String> externalIdOf(long customerId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Changed> change(Change change, Instant now) {
                throw new UnsupportedOperationException();
            }
        };
        return new SendTestMessageService((template, customer) -> new MessagePreview(template, Optional.empty()), customers,
                messages -> {
                    sent.addAll(messages);
                    return messages.stream().map(m -> new SendResult(m.messageId(), new VendorReply.Accepted("v-" + m.messageId()), 1)).toList();
                }, subscriptions);
    }

    @Test
    void aTestToTheOwnNumberOfACustomerUnsubscribedFromThatChannelIsRefusedNamingTheChannel() {
        SendTestMessageService service = service(Subscription.UNSUBSCRIBED, Subscription.SUBSCRIBED);
        for (String sameNumber : List.of("+91 98765 43210", "+919876543210", "98765-43210")) {
            assertThatThrownBy(() -> service.send(new TestMessageCommand("Hi {{first_name}}", "SMS", sameNumber, "asha", null)))
                    .as(sameNumber)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field).containsExactly("to"))
                    .hasMessageContaining("unsubscribed from SMS");
        }
        assertThat(sent).isEmpty();
    }

    @Test
    void aTestToTheMarketersOwnAddressOrOnASubscribedChannelIsSent() {
        SendTestMessageService service = service(Subscription.UNSUBSCRIBED, Subscription.SUBSCRIBED);

        service.send(new TestMessageCommand("Hi {{first_name}}", "SMS", "+91 90000 00001", "asha", null));
        service.send(new TestMessageCommand("Hi {{first_name}}", "EMAIL", "asha@example.in", "asha", "Hello"));

        assertThat(sent).extracting(OutgoingMessage::recipient).containsExactly("+91 90000 00001", "asha@example.in");
    }

    @Test
    void anEmailTestToAnUnsubscribedCustomersAddressIsRefusedWhateverItsCase() {
        SendTestMessageService service = service(Subscription.SUBSCRIBED, Subscription.UNSUBSCRIBED);

        assertThatThrownBy(() -> service.send(new TestMessageCommand("Hi", "EMAIL", "ASHA@example.IN", "asha", "Hello")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unsubscribed from EMAIL");
        assertThat(sent).isEmpty();
    }
}
