package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each channel sends to the right contact detail. */
class ChannelTest {
    @Test
    void emailGoesToTheAddressAndTheOthersToThePhone() {
        var customer = Customers.named("A", "B", "1");
        assertThat(Channel.EMAIL.recipientOf(customer)).isEqualTo("a@b.example");
        assertThat(Channel.SMS.recipientOf(customer)).isEqualTo("+911234567890");
        assertThat(Channel.WHATSAPP.recipientOf(customer)).isEqualTo("+911234567890");
    }
}
