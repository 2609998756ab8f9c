package com.minicrm.domain.customer;

import java.math.BigDecimal;

/** How big the customer base is: customers, their orders and what those orders came to. */
public record CustomerTotals(long customers, long orders, BigDecimal revenue) {
    public CustomerTotals {
        revenue = revenue == null ? BigDecimal.ZERO : revenue;
    }

    public boolean isEmpty() {
        return customers == 0 && orders == 0;
    }
}
