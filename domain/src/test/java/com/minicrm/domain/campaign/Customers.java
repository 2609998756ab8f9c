package com.minicrm.domain.campaign;

import com.minicrm.domain.customer.CustomerProfile;
import java.math.BigDecimal;
import java.time.Instant;

/** Customer profiles for template and channel tests. */
final class Customers {
    private Customers() {}

    static CustomerProfile named(String name, String city, String spend) {
        return named(name, city, spend, null);
    }

    static CustomerProfile named(String name, String city, String spend, String avgOrderValue) {
        return new CustomerProfile(1, "c-1", name, "a@b.example", "+911234567890", city, null, null, null,
                spend == null ? null : new BigDecimal(spend), 3,
                avgOrderValue == null ? null : new BigDecimal(avgOrderValue), null, null, false, Instant.EPOCH);
    }
}
