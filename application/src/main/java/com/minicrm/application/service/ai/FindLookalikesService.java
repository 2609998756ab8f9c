package com.minicrm.application.service.ai;

import com.minicrm.application.port.in.ai.FindLookalikesUseCase;
import com.minicrm.application.port.out.ai.CustomerFeatures;
import com.minicrm.application.port.out.ai.CustomerFeatures.Features;
import com.minicrm.application.port.out.ai.CustomerFeatures.Neighbour;
import com.minicrm.application.port.out.ai.CustomerFeatures.Overlap;
import com.minicrm.application.port.out.ai.CustomerFeatures.SeedStatistics;
import com.minicrm.application.port.out.ai.FeatureSpace;
import com.minicrm.application.port.out.ai.FeatureVector;
import com.minicrm.application.port.out.ai.LookalikeSeed;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.InactiveDays;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a lookalike audience: the customers outside the seed nearest to its centre in
 * standardised feature space, as many as the seed holds (at most a fifth of everyone else), so it
 * is never empty while anyone is outside the seed. A rule is offered only when one reproduces that
 * ranked set well (Jaccard overlap at least {@link #DESCRIBES}); otherwise the audience is a ranked list.
 * A seed of a campaign's converters always gives a ranked list, since no rule can exclude them.
 */
public class FindLookalikesService implements FindLookalikesUseCase {
    static final double MAX_SHARE_OF_OTHERS = 0.2;
    static final int MAX_AUDIENCE = 50_000;
    static final double DESCRIBES = 0.5;
    static final int SHOWN = 10;
    /** No segment rule can leave a campaign's converters out, so their lookalikes are only ever a ranked list. */
    static final String CONVERTERS_USAGE = "A ranked list, not a segment: a segment rule cannot leave out the campaign's converters,"
            + " so these %s customers, none of them a converter, are listed nearest first instead.";
    static final String CONVERTERS_FIELD = "convertersOfCampaignId";
    private final CustomerFeatures features;
    private final Campaigns campaigns;
    private final Clock clock;

    public FindLookalikesService(CustomerFeatures features, Campaigns campaigns, Clock clock) {
        this.features = features;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public Lookalikes find(Rule seed) {
        return find(new LookalikeSeed.Matching(seed), "rule", "selects no customers, so there is nobody to look like");
    }

    @Override
    public Lookalikes findLikeConverters(long campaignId) {
        if (campaigns.byId(campaignId).isEmpty()) {
            throw InvalidInputException.of(CONVERTERS_FIELD, "there is no campaign " + campaignId);
        }
        return find(new LookalikeSeed.ConvertersOf(campaignId), CONVERTERS_FIELD,
                "campaign " + campaignId + " has no conversions yet, so there is nobody to look like");
    }

    private Lookalikes find(LookalikeSeed seed, String field, String empty) {
        Instant asOf = InactiveDays.asOf(clock);
        SeedStatistics stats = features.seed(seed, asOf);
        if (stats.seedSize() == 0) {
            throw InvalidInputException.of(field, empty);
        }
        int k = (int) Math.min(Math.min(stats.seedSize(), MAX_AUDIENCE), (long) Math.ceil(stats.others() * MAX_SHARE_OF_OTHERS));
        FeatureSpace space = FeatureSpace.around(stats.centre(), stats.spread(), seedCities(stats));
        // the count can be stale by the time the ranking runs, so an empty ranking is the same answer
        List<Neighbour> ranked = k == 0 ? List.of() : features.nearest(seed, space, k, asOf);
        if (ranked.isEmpty()) {
            return new Lookalikes(0, Optional.empty(), Fit.NONE, "Nothing to save: every customer is already in the seed.",
                    List.of("Every customer is in the seed, so nobody outside it can look like it."), List.of(), List.of(), "local");
        }
        List<Features> rows = ranked.stream().map(Neighbour::features).toList();
        double radius = ranked.get(ranked.size() - 1).distance();
        List<String> reasons = reasons(stats, space, rows, radius);
        if (!(seed instanceof LookalikeSeed.Matching matching)) {
            return new Lookalikes(ranked.size(), Optional.empty(), Fit.NONE, CONVERTERS_USAGE.formatted(grouped(ranked.size())),
                    reasons, shown(rows), rows.stream().map(Features::id).toList(), "local");
        }
        List<Group> candidates = LookalikeRules.candidates(rows);
        // a distance read back from storage may have lost its last digits; the farthest member must still count as within
        List<Overlap> overlaps = features.overlaps(seed, space, radius * (1 + 1e-9), List.copyOf(candidates), asOf);
        List<Fit> fits = overlaps.stream().map(o -> fit(o, ranked.size())).toList();
        int best = simplestNearBest(candidates, fits);
        Fit fit = best < 0 ? Fit.NONE : fits.get(best);
        Optional<Rule> rule = fit.describes() ? Optional.of(LookalikeRules.outside(candidates.get(best), matching.rule()))
                : Optional.empty();
        return new Lookalikes(ranked.size(), rule, fit, usage(ranked.size(), fit), reasons, shown(rows),
                rows.stream().map(Features::id).toList(), "local");
    }

    private static List<Member> shown(List<Features> rows) {
        return rows.subList(0, Math.min(SHOWN, rows.size())).stream()
                .map(f -> new Member(f.externalId(), f.name(), f.city(), f.spend(), f.visits(), f.avgOrderValue(), f.inactiveDays()))
                .toList();
    }

    /** Two hundredths of overlap are not worth a longer rule, so the shortest candidate close to the best wins. */
    private static int simplestNearBest(List<Group> candidates, List<Fit> fits) {
        double top = fits.stream().mapToDouble(Fit::jaccard).max().orElse(0);
        int best = -1;
        for (int i = 0; i < fits.size(); i++) {
            if (fits.get(i).jaccard() < top - 0.02 || (top >= DESCRIBES && fits.get(i).jaccard() < DESCRIBES)) {
                continue;
            }
            if (best < 0 || candidates.get(i).rules().size() < candidates.get(best).rules().size()
                    || (candidates.get(i).rules().size() == candidates.get(best).rules().size()
                            && fits.get(i).jaccard() > fits.get(best).jaccard())) {
                best = i;
            }
        }
        return best;
    }

    private static List<String> seedCities(SeedStatistics stats) {
        long inTop = stats.seedCities().values().stream().mapToLong(Long::longValue).sum();
        if (inTop < LookalikeRules.CITY_CONCENTRATION * stats.seedSize()) {
            return List.of();
        }
        return stats.seedCities().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(LookalikeRules.MAX_CITIES).map(Map.Entry::getKey).toList();
    }

    static Fit fit(Overlap overlap, long rankedSize) {
        long both = Math.min(Math.min(overlap.withinRadius(), overlap.selected()), rankedSize);
        double union = overlap.selected() + rankedSize - both;
        double jaccard = union == 0 ? 0 : both / union;
        double precision = overlap.selected() == 0 ? 0 : both / (double) overlap.selected();
        double recall = rankedSize == 0 ? 0 : both / (double) rankedSize;
        return new Fit(overlap.selected(), jaccard, precision, recall, both > 0 && jaccard >= DESCRIBES);
    }

    private static String usage(long size, Fit fit) {
        if (fit.describes()) {
            return String.format(Locale.ROOT, "Save it as a segment: the rule selects %s customers outside the seed, %.0f%% of them"
                    + " in the ranked list, and covers %.0f%% of the list.", grouped(fit.ruleSize()), fit.precision() * 100,
                    fit.recall() * 100);
        }
        return String.format(Locale.ROOT, "A ranked list, not a segment: the best rule found covers %.0f%% of these %s customers,"
                + " but only %.0f%% of the customers it selects are among them, so saving it would target a different audience."
                + " Use the closest customers shown here, or narrow the seed (a city, a spend range) and look again.",
                fit.recall() * 100, grouped(size), fit.precision() * 100);
    }

    private static List<String> reasons(SeedStatistics stats, FeatureSpace space, List<Features> rows, double radius) {
        FeatureVector seed = stats.centre();
        FeatureVector like = mean(rows);
        List<String> reasons = new ArrayList<>();
        reasons.add(String.format(Locale.ROOT, "The %s customers outside the seed nearest to its profile, of %s outside it",
                grouped(rows.size()), grouped(stats.others())));
        reasons.add("Typical spend " + rupees(Math.expm1(like.logSpend())) + " vs " + rupees(Math.expm1(seed.logSpend())) + " in the seed");
        reasons.add("Typical order value " + rupees(Math.expm1(like.logOrderValue())) + " vs "
                + rupees(Math.expm1(seed.logOrderValue())) + " in the seed");
        reasons.add(String.format(Locale.ROOT, "%.1f visits on average vs %.1f in the seed", like.visits(), seed.visits()));
        reasons.add(String.format(Locale.ROOT, "%.0f days since last activity on average vs %.0f in the seed",
                like.inactiveDays(), seed.inactiveDays()));
        if (!space.cities().isEmpty()) {
            long inCities = rows.stream().filter(r -> space.inCities(r.city())).count();
            reasons.add(String.format(Locale.ROOT, "%.0f%% live in the seed's main cities: %s", 100.0 * inCities / rows.size(),
                    String.join(", ", space.cities())));
        }
        reasons.add(String.format(Locale.ROOT, "All within %.2f standard deviations of the seed's centre", radius));
        return reasons;
    }

    private static FeatureVector mean(List<Features> rows) {
        double[] sum = new double[4];
        for (Features f : rows) {
            FeatureVector v = FeatureVector.of(f);
            sum[0] += v.logSpend();
            sum[1] += v.visits();
            sum[2] += v.logOrderValue();
            sum[3] += v.inactiveDays();
        }
        int n = Math.max(1, rows.size());
        return new FeatureVector(sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n);
    }

    private static String grouped(long n) {
        return RuleDescription.grouped(BigDecimal.valueOf(n));
    }

    private static String rupees(double amount) {
        return "₹" + RuleDescription.grouped(BigDecimal.valueOf(Math.round(amount)));
    }
}
