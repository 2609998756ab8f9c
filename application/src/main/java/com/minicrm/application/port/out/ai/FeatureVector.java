package com.minicrm.application.port.out.ai;

import com.minicrm.application.port.out.ai.CustomerFeatures.Features;

/** A customer's numeric features as lookalike matching compares them: amounts on a log scale, as they are long-tailed. */
public record FeatureVector(double logSpend, double visits, double logOrderValue, double inactiveDays) {
    public static FeatureVector of(Features f) {
        return new FeatureVector(Math.log1p(f.spend().doubleValue()), f.visits(), Math.log1p(f.avgOrderValue().doubleValue()),
                f.inactiveDays());
    }

    double[] values() {
        return new double[] {logSpend, visits, logOrderValue, inactiveDays};
    }
}
