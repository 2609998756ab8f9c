package com.minicrm.application.service.ai;

import com.minicrm.application.port.in.ai.FindLookalikesUseCase;
import com.minicrm.application.port.out.AudienceQuery;
import com.minicrm.application.port.out.ai.CustomerFeatures;
import com.minicrm.application.port.out.ai.CustomerFeatures.Features;
import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.InactiveDays;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Builds a lookalike audience: the seed's middle half on spend, visits, order value and recency
 * (a little widened), its main cities when it has any, and not the seed itself. The rule is what
 * the marketer saves as a segment; the sample is ranked by distance to the seed's feature centre.
 */
public class FindLookalikesService implements FindLookalikesUseCase {
    static final int SEED_SAMPLE = 5000;
    static final int CANDIDATES = 2000;
    static final int SHOWN = 10;
    static final double CITY_CONCENTRATION = 0.6;
    private final CustomerFeatures features;
    private final AudienceQuery audience;
    private final Clock clock;

    public FindLookalikesService(CustomerFeatures features, AudienceQuery audience, Clock clock) {
        this.features = features;
        this.audience = audience;
        this.clock = clock;
    }

    @Override
    public Lookalikes find(Rule seed) {
        Instant asOf = InactiveDays.asOf(clock);
        List<Features> seedRows = features.sample(seed, asOf, SEED_SAMPLE);
        if (seedRows.isEmpty()) {
            throw InvalidInputException.of("rule", "selects no customers, so there is nobody to look like");
        }
        SeedProfile profile = SeedProfile.of(seedRows);
        Rule rule = rule(profile, seed);
        long size = audience.find(rule, asOf, 1).size();
        List<Features> candidates = new ArrayList<>(features.sample(rule, asOf, CANDIDATES));
        candidates.sort(Comparator.comparingDouble(profile::distance));
        List<Features> shown = candidates.subList(0, Math.min(SHOWN, candidates.size()));
        return new Lookalikes(size, rule, reasons(profile, seedRows, candidates), shown, "local");
    }

    private static Rule rule(SeedProfile p, Rule seed) {
        List<Rule> parts = new ArrayList<>();
        parts.add(money(Field.TOTAL_SPEND, Math.expm1(p.spend().q1()) * 0.8, Math.expm1(p.spend().q3()) * 1.25));
        parts.add(new Condition(Field.VISITS, Operator.BETWEEN,
                List.of((long) Math.max(0, Math.floor(p.visits().q1()) - 1), (long) Math.ceil(p.visits().q3()) + 1)));
        parts.add(money(Field.AVG_ORDER_VALUE, Math.expm1(p.aov().q1()) * 0.8, Math.expm1(p.aov().q3()) * 1.25));
        parts.add(new Condition(Field.INACTIVE_DAYS, Operator.BETWEEN,
                List.of((long) Math.max(0, p.inactive().q1() - 15), (long) p.inactive().q3() + 15)));
        if (!p.cities().isEmpty() && p.cityShare() >= CITY_CONCENTRATION) {
            parts.add(new Condition(Field.CITY, Operator.IN, List.copyOf(p.cities())));
        }
        parts.add(seed instanceof Group g ? new Group(g.combinator(), !g.not(), g.rules()) : new Group(Combinator.AND, true, List.of(seed)));
        return new Group(Combinator.AND, false, parts);
    }

    private static Condition money(Field field, double low, double high) {
        BigDecimal lo = BigDecimal.valueOf(Math.max(0, low)).setScale(0, RoundingMode.FLOOR);
        BigDecimal hi = BigDecimal.valueOf(Math.max(0, high)).setScale(0, RoundingMode.CEILING).max(lo);
        return new Condition(field, Operator.BETWEEN, List.of(lo, hi));
    }

    private static List<String> reasons(SeedProfile seed, List<Features> seedRows, List<Features> lookalikes) {
        List<String> reasons = new ArrayList<>();
        if (lookalikes.isEmpty()) {
            reasons.add("No customer outside the seed has a similar spend, visit and recency profile.");
            return reasons;
        }
        SeedProfile like = SeedProfile.of(lookalikes);
        reasons.add("Average spend " + rupees(average(lookalikes, true)) + " vs " + rupees(average(seedRows, true)) + " in the seed");
        reasons.add("Average order value " + rupees(average(lookalikes, false)) + " vs " + rupees(average(seedRows, false)) + " in the seed");
        reasons.add(String.format(Locale.ROOT, "Median visits %.0f vs %.0f in the seed", like.visits().median(), seed.visits().median()));
        reasons.add(String.format(Locale.ROOT, "Median %.0f days since last activity vs %.0f in the seed",
                like.inactive().median(), seed.inactive().median()));
        if (!seed.cities().isEmpty() && seed.cityShare() >= CITY_CONCENTRATION) {
            reasons.add(String.format(Locale.ROOT, "Same cities as %.0f%% of the seed: %s", seed.cityShare() * 100, String.join(", ", seed.cities())));
        }
        return reasons;
    }

    private static double average(List<Features> rows, boolean spend) {
        return rows.stream().mapToDouble(f -> (spend ? f.spend() : f.avgOrderValue()).doubleValue()).average().orElse(0);
    }

    private static String rupees(double amount) {
        return "₹" + RuleDescription.grouped(BigDecimal.valueOf(Math.round(amount)));
    }
}
