package com.minicrm.application.service.ai;

import com.minicrm.application.port.out.ai.CustomerFeatures;
import com.minicrm.application.port.out.ai.FeatureSpace;
import com.minicrm.application.port.out.ai.FeatureVector;
import com.minicrm.application.port.out.ai.LookalikeSeed;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.segment.InactiveDays;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleEvaluator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The feature port over a list of profiles, evaluated one customer at a time as the SQL adapter does set-based. */
final class InMemoryCustomerFeatures implements CustomerFeatures {
    private final List<CustomerProfile> customers;
    private final Map<Long, Set<Long>> converters;

    InMemoryCustomerFeatures(List<CustomerProfile> customers) {
        this(customers, Map.of());
    }

    /** {@code converters} holds each campaign's converters by customer id. */
    InMemoryCustomerFeatures(List<CustomerProfile> customers, Map<Long, Set<Long>> converters) {
        this.customers = List.copyOf(customers);
        this.converters = Map.copyOf(converters);
    }

    private boolean in(LookalikeSeed seed, CustomerProfile c, Instant asOf) {
        if (seed instanceof LookalikeSeed.Matching m) {
            return RuleEvaluator.matches(m.rule(), c, asOf);
        }
        return converters.getOrDefault(((LookalikeSeed.ConvertersOf) seed).campaignId(), Set.of()).contains(c.id());
    }

    static Features features(CustomerProfile c, Instant asOf) {
        return new Features(c.id(), c.externalId(), c.name(), c.city(), c.totalSpend(), c.visits(), c.avgOrderValue(),
                Math.max(0, InactiveDays.between(c.lastActiveAt(), asOf)));
    }

    List<Features> matching(Rule rule, Instant asOf) {
        return customers.stream().filter(c -> RuleEvaluator.matches(rule, c, asOf)).map(c -> features(c, asOf)).toList();
    }

    private List<Features> outside(LookalikeSeed seed, Instant asOf) {
        return customers.stream().filter(c -> !in(seed, c, asOf)).map(c -> features(c, asOf)).toList();
    }

    @Override
    public SeedStatistics seed(LookalikeSeed seed, Instant asOf) {
        List<Features> all = customers.stream().map(c -> features(c, asOf)).toList();
        List<Features> in = customers.stream().filter(c -> in(seed, c, asOf)).map(c -> features(c, asOf)).toList();
        Map<String, Long> cities = in.stream().filter(f -> f.city() != null)
                .collect(Collectors.groupingBy(Features::city, Collectors.counting()));
        Map<String, Long> top = cities.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new SeedStatistics(all.size(), mean(all), spread(all), in.size(), mean(in), top);
    }

    @Override
    public List<Neighbour> nearest(LookalikeSeed seed, FeatureSpace space, int k, Instant asOf) {
        return outside(seed, asOf).stream().map(f -> new Neighbour(f, space.distance(f)))
                .sorted(Comparator.comparingDouble(Neighbour::distance)).limit(k).toList();
    }

    @Override
    public List<Overlap> overlaps(LookalikeSeed seed, FeatureSpace space, double radius, List<Rule> candidates, Instant asOf) {
        List<Features> out = outside(seed, asOf);
        return candidates.stream().map(rule -> {
            List<Long> ids = matching(rule, asOf).stream().map(Features::id).toList();
            List<Features> selected = out.stream().filter(f -> ids.contains(f.id())).toList();
            return new Overlap(selected.size(), selected.stream().filter(f -> space.distance(f) <= radius).count());
        }).toList();
    }

    private static FeatureVector mean(List<Features> rows) {
        double[] s = new double[4];
        for (Features f : rows) {
            FeatureVector v = FeatureVector.of(f);
            s[0] += v.logSpend();
            s[1] += v.visits();
            s[2] += v.logOrderValue();
            s[3] += v.inactiveDays();
        }
        int n = Math.max(1, rows.size());
        return new FeatureVector(s[0] / n, s[1] / n, s[2] / n, s[3] / n);
    }

    private static FeatureVector spread(List<Features> rows) {
        FeatureVector m = mean(rows);
        double[] s = new double[4];
        for (Features f : rows) {
            FeatureVector v = FeatureVector.of(f);
            s[0] += Math.pow(v.logSpend() - m.logSpend(), 2);
            s[1] += Math.pow(v.visits() - m.visits(), 2);
            s[2] += Math.pow(v.logOrderValue() - m.logOrderValue(), 2);
            s[3] += Math.pow(v.inactiveDays() - m.inactiveDays(), 2);
        }
        int n = Math.max(1, rows.size());
        return new FeatureVector(Math.sqrt(s[0] / n), Math.sqrt(s[1] / n), Math.sqrt(s[2] / n), Math.sqrt(s[3] / n));
    }
}
