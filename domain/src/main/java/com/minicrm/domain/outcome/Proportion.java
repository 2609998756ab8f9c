package com.minicrm.domain.outcome;

/** A share of successes with its normal-approximation 95% interval, clamped to 0..1. */
public record Proportion(long successes, long trials) {
    static final double Z95 = 1.959963984540054;

    public Proportion {
        if (successes < 0 || trials < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials");
        }
    }

    public double rate() {
        return trials == 0 ? 0 : (double) successes / trials;
    }

    double variance() {
        return trials == 0 ? 0 : rate() * (1 - rate()) / trials;
    }

    public double low() {
        return Math.max(0, rate() - Z95 * Math.sqrt(variance()));
    }

    public double high() {
        return Math.min(1, rate() + Z95 * Math.sqrt(variance()));
    }
}
