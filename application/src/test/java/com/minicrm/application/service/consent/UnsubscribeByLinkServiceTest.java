package com.minicrm.application.service.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.port.out.Customers;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.CustomerSubscriptions;
import com.minicrm.domain.consent.InvalidUnsubscribeLinkException;
import com.minicrm.domain.consent.Subscription;
import com.minicrm.domain.consent.SubscriptionSource;
import com.minicrm.domain.consent.SubscriptionState;
import com.minicrm.domain.consent.UnsubscribeLinks;
import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.OrderDraft;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The service checks the signature before it reads or writes anything, and unsubscribes only the link's customer. */
class UnsubscribeByLinkServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private final UnsubscribeLinks links = new UnsubscribeLinks("service-test-unsubscribe-secret-0123456789", "https://crm.example.in");
    private final FakeSubscriptions subscriptions = new FakeSubscriptions();
    private final UnsubscribeByLinkService service = new UnsubscribeByLinkService(links, subscriptions, new OneCustomer(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aGenuineLinkUnsubscribesItsCustomersEmailAsTheLinkOfItsCampaign() {
        var shown = service.unsubscribe(links.token(42, 7));

        assertThat(subscriptions.changes).containsExactly(new Subscriptions.Change("cust-7", Channel.EMAIL, Subscription.UNSUBSCRIBED,
                SubscriptionSource.UNSUBSCRIBE_LINK, "campaign 42"));
        assertThat(shown.campaignId()).isEqualTo(42);
        assertThat(shown.maskedEmail()).isEqualTo("m•••t@example.in");
    }

    @Test
    void aForgedLinkReadsAndWritesNothing() {
        String other = links.token(42, 8);
        String forged = "42.7." + other.substring(other.lastIndexOf('.') + 1);

        assertThatThrownBy(() -> service.unsubscribe(forged)).isInstanceOfSatisfying(InvalidUnsubscribeLinkException.class,
                e -> assertThat(e.genuine()).isFalse());
        assertThatThrownBy(() -> service.open(forged)).isInstanceOf(InvalidUnsubscribeLinkException.class);
        assertThat(subscriptions.changes).isEmpty();
        assertThat(subscriptions.reads).isZero();
    }

    @Test
    void aGenuineLinkOfACustomerWhoIsGoneSaysSo() {
        assertThatThrownBy(() -> service.open(links.token(42, 9))).isInstanceOfSatisfying(InvalidUnsubscribeLinkException.class,
                e -> assertThat(e.genuine()).isTrue());
        assertThat(subscriptions.changes).isEmpty();
    }

    @Test
    void theAddressIsMaskedSoTheLinkRevealsLittle() {
        assertThat(UnsubscribeByLinkService.mask("mohit@example.in")).isEqualTo("m•••t@example.in");
        assertThat(UnsubscribeByLinkService.mask("ab@example.in")).isEqualTo("a•••@example.in");
        assertThat(UnsubscribeByLinkService.mask(null)).isEqualTo("your address");
        assertThat(UnsubscribeByLinkService.mask("@example.in")).isEqualTo("your address");
    }

    /** Customer 7 is cust-7; no other customer exists. */
    private static final class FakeSubscriptions implements Subscriptions {
        final List<Change> changes = new ArrayList<>();
        int reads;

        @Override
        public Optional<CustomerSubscriptions> ofCustomer(String externalId) {
            reads++;
            List<SubscriptionState> history = changes.stream()
                    .map(c -> new SubscriptionState(c.channel(), c.status(), c.source(), NOW, c.changedBy())).toList();
            return Optional.of(CustomerSubscriptions.of(NOW, history, history));
        }

        @Override
        public Optional<String> externalIdOf(long customerId) {
            reads++;
            return customerId == 7 ? Optional.of("cust-7") : Optional.empty();
        }

        @Override
        public Optional<Changed> change(Change change, Instant now) {
            changes.add(change);
            return Optional.of(new Changed(true, 0));
        }
    }

    private static final class OneCustomer implements Customers {
        @Override
        public void store(List<CustomerDraft> customers, List<OrderDraft> orders) {}

        @Override
        public Optional<CustomerProfile> findByExternalId(String externalId) {
            return Optional.of(new CustomerProfile(7, "cust-7", "Mohit", "mohit@example.in", null, null, null, List.of(), Map.of(),
                    BigDecimal.ZERO, 0, BigDecimal.ZERO, null, null, false, NOW));
        }

        @Override
        public List<CustomerProfile> page(long offset, int limit) {
            return List.of();
        }

        @Override
        public long count() {
            return 1;
        }
    }
}
