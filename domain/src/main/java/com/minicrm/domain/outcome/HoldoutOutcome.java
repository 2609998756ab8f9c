package com.minicrm.domain.outcome;

/** The control group: its size and how many of its members ordered within the window after the campaign started. */
public record HoldoutOutcome(long size, long conversions) {
    public HoldoutOutcome {
        if (size < 0 || conversions < 0 || conversions > size) {
            throw new IllegalArgumentException("need 0 <= conversions <= size");
        }
    }

    public Proportion proportion() {
        return new Proportion(conversions, size);
    }

    public double conversionRate() {
        return proportion().rate();
    }
}
