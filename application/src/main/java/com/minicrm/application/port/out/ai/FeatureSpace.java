package com.minicrm.application.port.out.ai;

import com.minicrm.application.port.out.ai.CustomerFeatures.Features;
import java.util.List;

/**
 * Distance to a seed: each feature minus the seed's mean, divided by the spread over all customers
 * (so a day and a rupee weigh alike), plus one spread for a city outside the seed's main cities.
 * Storage adapters compute the same formula in SQL, so ranking happens where the rows are.
 */
public record FeatureSpace(FeatureVector centre, FeatureVector scale, List<String> cities, double cityPenalty) {
    /** Below this a feature hardly varies, and dividing by its spread would only magnify rounding. */
    static final double LEAST_SPREAD = 1e-6;

    public FeatureSpace {
        cities = List.copyOf(cities);
        for (double s : scale.values()) {
            if (!(s >= LEAST_SPREAD)) {
                throw new IllegalArgumentException("each feature's scale must be positive");
            }
        }
        if (cityPenalty < 0) {
            throw new IllegalArgumentException("the city penalty is never negative");
        }
    }

    /** The seed's space: standardised by the spread over all customers, never by less than {@link #LEAST_SPREAD}. */
    public static FeatureSpace around(FeatureVector centre, FeatureVector spread, List<String> cities) {
        FeatureVector scale = new FeatureVector(Math.max(spread.logSpend(), LEAST_SPREAD), Math.max(spread.visits(), LEAST_SPREAD),
                Math.max(spread.logOrderValue(), LEAST_SPREAD), Math.max(spread.inactiveDays(), LEAST_SPREAD));
        return new FeatureSpace(centre, scale, cities, cities.isEmpty() ? 0 : 1);
    }

    public double distance(Features f) {
        double[] x = FeatureVector.of(f).values();
        double[] c = centre.values();
        double[] s = scale.values();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double z = (x[i] - c[i]) / s[i];
            sum += z * z;
        }
        boolean away = !cities.isEmpty() && !inCities(f.city());
        return Math.sqrt(sum + (away ? cityPenalty * cityPenalty : 0));
    }

    /** A missing city is never one of the seed's (and List.copyOf's lists refuse to look for null). */
    public boolean inCities(String city) {
        return city != null && cities.contains(city);
    }
}
