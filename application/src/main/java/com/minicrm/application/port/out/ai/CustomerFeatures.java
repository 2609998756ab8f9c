package com.minicrm.application.port.out.ai;

import com.minicrm.domain.segment.Rule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The features lookalike matching compares (log spend, visits, log order value, days since last
 * activity, city), read set-based: whole-table statistics, nearest neighbours and overlap counts
 * are each one query, so nothing scales with the table in memory.
 */
public interface CustomerFeatures {
    /** How many customers there are and how their features spread, and the seed's size, centre and cities. */
    SeedStatistics seed(LookalikeSeed seed, Instant asOf);

    /** Up to {@code k} customers outside the seed, nearest to {@code space}'s centre first. */
    List<Neighbour> nearest(LookalikeSeed seed, FeatureSpace space, int k, Instant asOf);

    /**
     * For each candidate rule, in order: how many customers outside the seed it selects, and how
     * many of those are within {@code radius} of {@code space}'s centre.
     */
    List<Overlap> overlaps(LookalikeSeed seed, FeatureSpace space, double radius, List<Rule> candidates, Instant asOf);

    record Features(long id, String externalId, String name, String city, BigDecimal spend, int visits,
            BigDecimal avgOrderValue, long inactiveDays) {}

    /** A customer outside the seed and its distance to the seed's centre. */
    record Neighbour(Features features, double distance) {}

    /** A candidate rule's audience outside the seed, and how much of it lies within the radius. */
    record Overlap(long selected, long withinRadius) {
        public Overlap {
            if (selected < 0 || withinRadius < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
        }
    }

    /**
     * {@code mean} and {@code spread} (standard deviation) over every customer; {@code centre} is the
     * seed's mean; {@code seedCities} counts the seed's customers in its most common cities.
     */
    record SeedStatistics(long customers, FeatureVector mean, FeatureVector spread, long seedSize, FeatureVector centre,
            Map<String, Long> seedCities) {
        public SeedStatistics {
            seedCities = Map.copyOf(seedCities);
        }

        public long others() {
            return Math.max(0, customers - seedSize);
        }
    }
}
