package com.minicrm.domain.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A campaign's converters and attributed revenue, as the history list shows them. */
public record OutcomeTotals(long conversions, BigDecimal revenue) {
    public static final OutcomeTotals NONE = new OutcomeTotals(0, BigDecimal.ZERO);

    public OutcomeTotals {
        Objects.requireNonNull(revenue, "revenue");
        if (conversions < 0) {
            throw new IllegalArgumentException("conversions cannot be negative");
        }
        revenue = revenue.setScale(2, RoundingMode.HALF_UP);
    }
}
