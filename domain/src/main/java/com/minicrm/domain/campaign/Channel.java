package com.minicrm.domain.campaign;

import com.minicrm.domain.customer.CustomerProfile;

/** How a message reaches the customer; decides which contact detail is the recipient. */
public enum Channel {
    SMS,
    EMAIL,
    WHATSAPP;

    /** The address this channel sends to, or null when the customer has none. */
    public String recipientOf(CustomerProfile customer) {
        String address = this == EMAIL ? customer.email() : customer.phone();
        return address == null || address.isBlank() ? null : address;
    }
}
