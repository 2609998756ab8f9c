package com.minicrm.application.service.ai;

import com.minicrm.application.port.out.ai.CustomerFeatures.Features;
import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Candidate rules for a ranked lookalike set: boxes over the ranked customers' own ranges (all of
 * them, or trimmed at both ends), with and without each feature and their main cities. The ranges
 * come from customers outside the seed, never from the seed, so a candidate never contradicts the
 * seed's ranges; only the NOT(seed) added by {@link #outside} keeps it apart from the seed.
 */
final class LookalikeRules {
    static final double[] TRIMS = {0, 0.05, 0.1, 0.2};
    static final double CITY_CONCENTRATION = 0.6;
    static final int MAX_CITIES = 5;

    private LookalikeRules() {}

    /** Distinct candidates, simplest first within each trim; each is an AND of conditions. */
    static List<Group> candidates(List<Features> ranked) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        List<String> cities = mainCities(ranked);
        Set<List<Rule>> boxes = new LinkedHashSet<>();
        for (double trim : TRIMS) {
            List<Rule> box = box(ranked, trim);
            for (int drop = -1; drop < box.size(); drop++) {
                List<Rule> parts = new ArrayList<>(box);
                if (drop >= 0) {
                    parts.remove(drop);
                }
                boxes.add(List.copyOf(parts));
                if (!cities.isEmpty()) {
                    parts.add(new Condition(Field.CITY, Operator.IN, List.copyOf(cities)));
                    boxes.add(List.copyOf(parts));
                }
            }
        }
        return boxes.stream().filter(parts -> !parts.isEmpty()).map(parts -> new Group(Combinator.AND, false, parts)).toList();
    }

    /** The candidate restricted to customers outside the seed: the one place the seed enters the rule. */
    static Group outside(Group candidate, Rule seed) {
        Rule notSeed = seed instanceof Group g ? new Group(g.combinator(), !g.not(), g.rules())
                : new Group(Combinator.AND, true, List.of(seed));
        List<Rule> parts = new ArrayList<>(candidate.rules());
        parts.add(notSeed);
        return new Group(Combinator.AND, false, parts);
    }

    /** The cities most of the ranked customers live in, or none when they are spread out. */
    static List<String> mainCities(List<Features> rows) {
        Map<String, Long> byCity = rows.stream().filter(r -> r.city() != null && !r.city().isBlank())
                .collect(Collectors.groupingBy(Features::city, LinkedHashMap::new, Collectors.counting()));
        List<Map.Entry<String, Long>> top = byCity.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(MAX_CITIES).toList();
        double share = top.stream().mapToLong(Map.Entry::getValue).sum() / (double) rows.size();
        return share >= CITY_CONCENTRATION ? top.stream().map(Map.Entry::getKey).toList() : List.of();
    }

    private static List<Rule> box(List<Features> rows, double trim) {
        double[] spend = sorted(rows, f -> f.spend().doubleValue());
        double[] visits = sorted(rows, Features::visits);
        double[] aov = sorted(rows, f -> f.avgOrderValue().doubleValue());
        double[] days = sorted(rows, Features::inactiveDays);
        return List.of(money(Field.TOTAL_SPEND, spend, trim), whole(Field.VISITS, visits, trim),
                money(Field.AVG_ORDER_VALUE, aov, trim), whole(Field.INACTIVE_DAYS, days, trim));
    }

    private static Condition money(Field field, double[] sorted, double trim) {
        BigDecimal low = BigDecimal.valueOf(at(sorted, trim)).setScale(0, RoundingMode.FLOOR);
        BigDecimal high = BigDecimal.valueOf(at(sorted, 1 - trim)).setScale(0, RoundingMode.CEILING);
        return low.compareTo(high) == 0 ? new Condition(field, Operator.EQUAL, low) : new Condition(field, Operator.BETWEEN, List.of(low, high));
    }

    private static Condition whole(Field field, double[] sorted, double trim) {
        long low = (long) Math.floor(at(sorted, trim));
        long high = (long) Math.ceil(at(sorted, 1 - trim));
        // "between 6 and 6" reads oddly on the page
        return low == high ? new Condition(field, Operator.EQUAL, low) : new Condition(field, Operator.BETWEEN, List.of(low, high));
    }

    private static double[] sorted(List<Features> rows, ToDoubleFunction<Features> feature) {
        double[] values = rows.stream().mapToDouble(feature).toArray();
        Arrays.sort(values);
        return values;
    }

    /** The value at quantile {@code q}: lower quantiles round down and upper ones up, so the range never inverts. */
    private static double at(double[] sorted, double q) {
        int index = q <= 0.5 ? (int) Math.floor(q * (sorted.length - 1)) : (int) Math.ceil(q * (sorted.length - 1));
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
