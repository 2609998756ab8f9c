package com.minicrm.domain.outcome;

import java.util.Optional;

/**
 * How much more often the delivered recipients converted than the holdout: the absolute difference of
 * the two rates with its two-proportion (Wald) 95% interval, and the relative lift ({@code null} when
 * the holdout never converted, since nothing can be divided by a zero rate).
 */
public record Lift(double absolute, Double relative, double ci95Low, double ci95High) {
    /** Empty without a holdout, or when either group is empty. */
    public static Optional<Lift> between(Proportion treated, Proportion control) {
        if (treated.trials() == 0 || control.trials() == 0) {
            return Optional.empty();
        }
        double diff = treated.rate() - control.rate();
        double margin = Proportion.Z95 * Math.sqrt(treated.variance() + control.variance());
        Double relative = control.successes() == 0 ? null : diff / control.rate();
        return Optional.of(new Lift(diff, relative, diff - margin, diff + margin));
    }
}
