package com.minicrm.domain.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One variant's results: messaged recipients, those delivered (SENT), and the converters and revenue among them. */
public record VariantOutcome(String key, long recipients, long delivered, long conversions, long orders, BigDecimal revenue) {
    public VariantOutcome {
        Objects.requireNonNull(revenue, "revenue");
        if (delivered > recipients || conversions > delivered || orders < conversions) {
            throw new IllegalArgumentException("need conversions <= delivered <= recipients and orders >= conversions");
        }
        revenue = revenue.setScale(2, RoundingMode.HALF_UP);
    }

    public Proportion proportion() {
        return new Proportion(conversions, delivered);
    }

    public double conversionRate() {
        return proportion().rate();
    }
}
