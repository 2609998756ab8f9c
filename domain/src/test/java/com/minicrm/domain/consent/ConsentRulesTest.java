package com.minicrm.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.validation.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentRulesTest {

    @Test
    void anUnsubscribedCustomerWithoutAddressIsSuppressedAsUnsubscribed() {
        assertThat(SuppressionReason.of(true, true, true)).contains(SuppressionReason.UNSUBSCRIBED);
        assertThat(SuppressionReason.of(true, false, true)).contains(SuppressionReason.UNSUBSCRIBED);
    }

    @Test
    void theCapComesBeforeAMissingAddress() {
        assertThat(SuppressionReason.of(false, true, true)).contains(SuppressionReason.FREQUENCY_CAP);
        assertThat(SuppressionReason.of(false, false, true)).contains(SuppressionReason.NO_ADDRESS);
        assertThat(SuppressionReason.of(false, false, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", "  Stop  ", "STOP ALL", "stop   all", "StopAll", "UNSUBSCRIBE", "unsubscribe.", "STOP!",
        "opt-out", "Opt Out", "END", "cancel", "quit"})
    void stopWordsInAnyCaseUnsubscribe(String text) {
        assertThat(InboundKeyword.of(text)).isEqualTo(InboundKeyword.STOP);
        assertThat(InboundKeyword.of(text).subscription()).contains(Subscription.UNSUBSCRIBED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", " start ", "Unstop", "subscribe", "opt in"})
    void startWordsResubscribe(String text) {
        assertThat(InboundKeyword.of(text)).isEqualTo(InboundKeyword.START);
        assertThat(InboundKeyword.of(text).subscription()).contains(Subscription.SUBSCRIBED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "please stop sending me offers", "STOPPED", "thanks!", "where is my order", "STOP STOP"})
    void anyOtherTextIsAReply(String text) {
        assertThat(InboundKeyword.of(text)).isEqualTo(InboundKeyword.OTHER);
        assertThat(InboundKeyword.of(text).subscription()).isEmpty();
    }

    @Test
    void nullTextIsAReply() {
        assertThat(InboundKeyword.of(null)).isEqualTo(InboundKeyword.OTHER);
    }

    @Test
    void subscriptionsNameEachBadChannel() {
        Violations violations = new Violations();
        new ChannelSubscriptions("yes", null, "Subscribed").validate("customers[2].", violations);
        assertThat(violations.asList()).extracting(v -> v.field())
                .containsExactly("customers[2].subscriptions.sms", "customers[2].subscriptions.whatsapp");
    }

    @Test
    void onlyTheChannelsSentAreRequested() {
        assertThat(new ChannelSubscriptions("unsubscribed", null, "subscribed").requested())
                .isEqualTo(Map.of(Channel.SMS, Subscription.UNSUBSCRIBED, Channel.WHATSAPP, Subscription.SUBSCRIBED));
    }

    @Test
    void aLaterRequestWinsPerChannel() {
        ChannelSubscriptions merged = new ChannelSubscriptions("unsubscribed", "unsubscribed", null)
                .followedBy(new ChannelSubscriptions("subscribed", null, null));
        assertThat(merged).isEqualTo(new ChannelSubscriptions("subscribed", "unsubscribed", null));
    }

    @Test
    void theCapIsReachedAtItsLimit() {
        FrequencyCap cap = new FrequencyCap(2, Duration.ofHours(24));
        assertThat(cap.reachedBy(1)).isFalse();
        assertThat(cap.reachedBy(2)).isTrue();
        assertThat(cap.windowStart(Instant.parse("2026-12-07T12:00:00Z"))).isEqualTo(Instant.parse("2026-12-06T12:00:00Z"));
        assertThatThrownBy(() -> new FrequencyCap(0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrequencyCap(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suppressedCountsAddUpPerReason() {
        Suppressed s = Suppressed.NONE.plus(SuppressionReason.UNSUBSCRIBED).plus(SuppressionReason.NO_ADDRESS)
                .plus(new Suppressed(1, 2, 3));
        assertThat(s).isEqualTo(new Suppressed(2, 2, 4));
        assertThat(s.total()).isEqualTo(8);
        assertThat(SuppressionReason.parse("frequency_cap")).isEqualTo(Optional.of(SuppressionReason.FREQUENCY_CAP));
    }
}
