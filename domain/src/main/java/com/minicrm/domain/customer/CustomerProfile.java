package com.minicrm.domain.customer;

import java.util.LinkedHashMap;
import java.util.Collections;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A customer as the CRM knows it: what the brand sent plus the aggregates kept from the orders.
 * A profile whose {@code placeholder} is true was created by an order before the customer itself.
 */
public record CustomerProfile(
        long id,
        String externalId,
        String name,
        String email,
        String phone,
        String city,
        Instant signupAt,
        List<String> tags,
        Map<String, Object> attributes,
        BigDecimal totalSpend,
        int visits,
        BigDecimal avgOrderValue,
        Instant firstOrderAt,
        Instant lastOrderAt,
        boolean placeholder,
        Instant createdAt) {

    public CustomerProfile {
        tags = tags == null ? List.of() : List.copyOf(tags);
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        totalSpend = totalSpend == null ? BigDecimal.ZERO : totalSpend;
        avgOrderValue = avgOrderValue == null ? BigDecimal.ZERO : avgOrderValue;
    }

    /** The moment the customer was last active: the last order, else signup, else first seen. */
    public Instant lastActiveAt() {
        if (lastOrderAt != null) {
            return lastOrderAt;
        }
        return signupAt != null ? signupAt : createdAt;
    }
}
