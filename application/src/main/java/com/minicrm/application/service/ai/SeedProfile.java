package com.minicrm.application.service.ai;

import com.minicrm.application.port.out.ai.CustomerFeatures.Features;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * What a group of customers looks like as feature vectors: quartiles of spend, visits, average
 * order value and days since last activity, and its main cities; and how far one customer is from
 * it (standardised distance, with log scales for the long-tailed amounts).
 */
record SeedProfile(Quartiles spend, Quartiles visits, Quartiles aov, Quartiles inactive, List<String> cities, double cityShare) {
    static final int MAX_CITIES = 5;

    record Quartiles(double q1, double median, double q3, double mean, double spread) {
        static Quartiles of(List<Features> rows, ToDoubleFunction<Features> feature) {
            double[] values = rows.stream().mapToDouble(feature).sorted().toArray();
            double mean = java.util.Arrays.stream(values).average().orElse(0);
            double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElse(0);
            return new Quartiles(at(values, 0.25), at(values, 0.5), at(values, 0.75), mean, Math.max(Math.sqrt(variance), 1e-6));
        }

        private static double at(double[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
        }
    }

    static SeedProfile of(List<Features> rows) {
        Map<String, Long> byCity = rows.stream().filter(r -> r.city() != null)
                .collect(Collectors.groupingBy(Features::city, LinkedHashMap::new, Collectors.counting()));
        List<Map.Entry<String, Long>> top = byCity.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(MAX_CITIES).toList();
        double share = rows.isEmpty() ? 0 : top.stream().mapToLong(Map.Entry::getValue).sum() / (double) rows.size();
        return new SeedProfile(Quartiles.of(rows, SeedProfile::logSpend), Quartiles.of(rows, Features::visits),
                Quartiles.of(rows, SeedProfile::logAov), Quartiles.of(rows, Features::inactiveDays),
                top.stream().map(Map.Entry::getKey).toList(), share);
    }

    static double logSpend(Features f) {
        return Math.log1p(f.spend().doubleValue());
    }

    static double logAov(Features f) {
        return Math.log1p(f.avgOrderValue().doubleValue());
    }

    /** Standardised Euclidean distance to the seed's centre, plus one spread for a city outside the seed's main ones. */
    double distance(Features f) {
        double d = square((logSpend(f) - spend.mean()) / spend.spread()) + square((f.visits() - visits.mean()) / visits.spread())
                + square((logAov(f) - aov.mean()) / aov.spread()) + square((f.inactiveDays() - inactive.mean()) / inactive.spread());
        return Math.sqrt(d) + (cities.isEmpty() || cities.contains(f.city()) ? 0 : 1);
    }

    private static double square(double x) {
        return x * x;
    }
}
