package com.minicrm.adapter.in.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.minicrm.domain.consent.CustomerSubscriptions;
import com.minicrm.domain.customer.CustomerProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer with its aggregates, as the API shows it. */
@Schema(name = "CustomerProfile")
public record CustomerResponse(
        String externalId,
        String name,
        String email,
        String phone,
        String city,
        Instant signupAt,
        List<String> tags,
        Map<String, Object> attributes,
        @Schema(description = "INR") BigDecimal totalSpend,
        @Schema(description = "Number of orders") int visits,
        BigDecimal avgOrderValue,
        Instant firstOrderAt,
        Instant lastOrderAt,
        @Schema(description = "True while only orders have named this customer") boolean placeholder,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Per channel; only when one customer is read, not in pages") SubscriptionsResponse subscriptions) {

    public static CustomerResponse from(CustomerProfile p) {
        return from(p, null);
    }

    static CustomerResponse from(CustomerProfile p, CustomerSubscriptions subscriptions) {
        return new CustomerResponse(p.externalId(), p.name(), p.email(), p.phone(), p.city(), p.signupAt(), p.tags(),
                p.attributes(), p.totalSpend(), p.visits(), p.avgOrderValue(), p.firstOrderAt(), p.lastOrderAt(),
                p.placeholder(), p.createdAt(), subscriptions == null ? null : SubscriptionsResponse.from(subscriptions));
    }
}
