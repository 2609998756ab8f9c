package com.minicrm.application.service.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.port.in.ai.FindLookalikesUseCase.Lookalikes;
import com.minicrm.application.port.out.ai.CustomerFeatures.Features;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.InactiveDays;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lookalike service over an in-memory base: similar, never contradictory, and a rule only when one fits. */
class FindLookalikesServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final List<String> CITIES = List.of("Mumbai", "Delhi", "Pune", "Jaipur", "Kochi", "Indore", "Surat", "Patna");

    private final List<CustomerProfile> base = new ArrayList<>();

    private static Rule rule(Field field, Operator operator, Object value) {
        return new Group(Combinator.AND, false, List.of(new Condition(field, operator, value)));
    }

    private void add(String city, double spend, int visits, double aov, long inactiveDays, String... tags) {
        long id = base.size() + 1;
        Instant active = NOW.minus(Duration.ofDays(inactiveDays)).minus(Duration.ofHours(1));
        base.add(new CustomerProfile(id, "c" + id, "Customer " + id, null, null, city, active.minus(Duration.ofDays(400)),
                List.of(tags), null, BigDecimal.valueOf(spend).setScale(2, RoundingMode.HALF_UP), visits,
                BigDecimal.valueOf(aov).setScale(2, RoundingMode.HALF_UP), active, active, false, active));
    }

    private void randomBase(int size, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            int visits = 1 + random.nextInt(15);
            double aov = Math.exp(6.5 + random.nextGaussian() * 0.6);
            add(CITIES.get(random.nextInt(CITIES.size())), aov * visits, visits, aov, random.nextInt(400), i % 20 == 0 ? "vip" : "regular");
        }
    }

    private Lookalikes find(InMemoryCustomerFeatures features, Rule seed) {
        return service(features).find(seed);
    }

    private static FindLookalikesService service(InMemoryCustomerFeatures features) {
        return new FindLookalikesService(features,
                new OneCampaign(CampaignSeven.of(NOW, Duration.ofDays(2), CampaignStatus.COMPLETED, 100, 90, 10)), CLOCK);
    }

    private static void assertSimilarAndConsistent(InMemoryCustomerFeatures features, Rule seed, Lookalikes found) {
        Instant asOf = InactiveDays.asOf(CLOCK);
        Set<Long> seedIds = new HashSet<>(features.matching(seed, asOf).stream().map(Features::id).toList());
        assertThat(found.size()).isPositive().isEqualTo(found.members().size());
        assertThat(found.members()).noneMatch(seedIds::contains);
        found.rule().ifPresent(rule -> {
            List<Long> selected = features.matching(rule, asOf).stream().map(Features::id).toList();
            assertThat(selected).as("the rule selects someone").isNotEmpty().noneMatch(seedIds::contains);
            Set<Long> ranked = new HashSet<>(found.members());
            long both = selected.stream().filter(ranked::contains).count();
            double jaccard = both / (double) (selected.size() + ranked.size() - both);
            assertThat(jaccard).isGreaterThanOrEqualTo(FindLookalikesService.DESCRIBES).isCloseTo(found.fit().jaccard(),
                    org.assertj.core.api.Assertions.within(1e-9));
        });
    }

    @Test
    void anInactivitySeedGetsNonEmptyLookalikesAndARuleThatSelectsSomebody() {
        randomBase(3000, 17);
        InMemoryCustomerFeatures features = new InMemoryCustomerFeatures(base);
        Rule seed = rule(Field.INACTIVE_DAYS, Operator.GREATER_OR_EQUAL, 90L);
        Lookalikes found = find(features, seed);
        assertSimilarAndConsistent(features, seed, found);
        assertThat(found.sample()).allMatch(f -> f.inactiveDays() < 90);
        assertThat(found.sample().get(0).inactiveDays()).as("the nearest are the most nearly inactive").isGreaterThan(40);
    }

    @Test
    void highSpendCityAndTagSeedsAllGetConsistentLookalikes() {
        randomBase(3000, 5);
        InMemoryCustomerFeatures features = new InMemoryCustomerFeatures(base);
        for (Rule seed : List.of(rule(Field.TOTAL_SPEND, Operator.GREATER, new BigDecimal("10000")),
                rule(Field.CITY, Operator.EQUAL, "Pune"), rule(Field.TAGS, Operator.CONTAINS, "vip"))) {
            assertSimilarAndConsistent(features, seed, find(features, seed));
        }
    }

    @Test
    void aSeparateClusterIsDescribedByARuleThatReproducesIt() {
        randomBase(1000, 3);
        for (int i = 0; i < 60; i++) {
            add("Goa", 90_000 + i * 100, 30, 3000 + i, 5, "seed");
            add("Goa", 91_000 + i * 100, 31, 3010 + i, 6);
        }
        InMemoryCustomerFeatures features = new InMemoryCustomerFeatures(base);
        Rule seed = rule(Field.TAGS, Operator.CONTAINS, "seed");
        Lookalikes found = find(features, seed);
        assertSimilarAndConsistent(features, seed, found);
        assertThat(found.fit().describes()).isTrue();
        assertThat(found.fit().jaccard()).isGreaterThan(0.9);
        assertThat(found.rule()).isPresent();
        assertThat(found.size()).isEqualTo(60);
    }

    @Test
    void aPlusShapedNeighbourhoodIsAlistBecauseEveryBoxAroundItAlsoHoldsTheCorners() {
        randomBase(1000, 11);
        for (int i = 0; i < 50; i++) {
            add("Shillong", 5000, 10, 500, 100, "seed");
        }
        // the 50 nearest sit on the axes around the seed; 200 slightly farther sit in the corners between them
        double d = 0.25;
        for (int i = 0; i < 13; i++) {
            add("Shillong", 5000 * Math.exp(d), 10, 500, 100);
            add("Shillong", 5000 * Math.exp(-d), 10, 500, 100);
            add("Shillong", 5000, 10, 500 * Math.exp(d), 100);
            add("Shillong", 5000, 10, 500 * Math.exp(-d), 100);
        }
        for (int i = 0; i < 50; i++) {
            double c = d * 0.9;
            add("Shillong", 5000 * Math.exp(c), 10, 500 * Math.exp(c), 100);
            add("Shillong", 5000 * Math.exp(-c), 10, 500 * Math.exp(-c), 100);
            add("Shillong", 5000 * Math.exp(c), 10, 500 * Math.exp(-c), 100);
            add("Shillong", 5000 * Math.exp(-c), 10, 500 * Math.exp(c), 100);
        }
        InMemoryCustomerFeatures features = new InMemoryCustomerFeatures(base);
        Lookalikes found = find(features, rule(Field.TAGS, Operator.CONTAINS, "seed"));
        assertThat(found.size()).isEqualTo(50);
        assertThat(found.rule()).isEmpty();
        assertThat(found.fit().describes()).isFalse();
        assertThat(found.fit().jaccard()).isLessThan(FindLookalikesService.DESCRIBES);
        assertThat(found.usage()).startsWith("A ranked list, not a segment");
    }

    @Test
    void lookalikesWithoutACityCountAsOutsideTheSeedsCities() {
        randomBase(500, 2);
        for (int i = 0; i < 50; i++) {
            add("Goa", 40_000 + i, 20, 2000, 3, "seed");
            add(null, 40_000 + i, 20, 2000, 3);
        }
        Lookalikes found = find(new InMemoryCustomerFeatures(base), rule(Field.TAGS, Operator.CONTAINS, "seed"));
        assertThat(found.sample()).allMatch(f -> f.city() == null);
        assertThat(found.reasons()).contains("0% live in the seed's main cities: Goa");
    }

    @Test
    void aSeedOfEveryoneHasNoLookalikesAndNoRuleToSave() {
        randomBase(200, 1);
        Lookalikes found = find(new InMemoryCustomerFeatures(base), rule(Field.VISITS, Operator.GREATER_OR_EQUAL, 0L));
        assertThat(found.size()).isZero();
        assertThat(found.rule()).isEmpty();
        assertThat(found.members()).isEmpty();
    }

    @Test
    void aSeedOfNobodyIsRefused() {
        randomBase(200, 1);
        assertThatThrownBy(() -> find(new InMemoryCustomerFeatures(base), rule(Field.CITY, Operator.EQUAL, "Atlantis")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCampaignsConvertersAreASeedWhoseLookalikesLeaveThemOutAsARankedList() {
        randomBase(400, 3);
        // the converters: every tenth customer with a high order value, as a campaign's buyers might be
        Set<Long> converters = new HashSet<>();
        base.stream().filter(c -> c.id() % 10 == 0 && c.avgOrderValue().doubleValue() > 700).forEach(c -> converters.add(c.id()));
        InMemoryCustomerFeatures features = new InMemoryCustomerFeatures(base, Map.of(7L, converters));

        Lookalikes found = service(features).findLikeConverters(7);

        assertThat(converters).isNotEmpty();
        assertThat(found.size()).isEqualTo(Math.min(converters.size(), (long) Math.ceil((base.size() - converters.size()) * 0.2)));
        assertThat(found.members()).hasSize((int) found.size()).noneMatch(converters::contains);
        assertThat(found.rule()).isEmpty();
        assertThat(found.usage()).startsWith("A ranked list, not a segment: a segment rule cannot leave out the campaign's converters");
        double meanAov = base.stream().filter(c -> converters.contains(c.id())).mapToDouble(c -> Math.log1p(c.avgOrderValue().doubleValue()))
                .average().orElseThrow();
        double everyoneAov = base.stream().mapToDouble(c -> Math.log1p(c.avgOrderValue().doubleValue())).average().orElseThrow();
        double foundAov = base.stream().filter(c -> found.members().contains(c.id()))
                .mapToDouble(c -> Math.log1p(c.avgOrderValue().doubleValue())).average().orElseThrow();
        assertThat(Math.abs(foundAov - meanAov)).as("lookalikes are nearer the converters' order value than the base is")
                .isLessThan(Math.abs(everyoneAov - meanAov));
    }

    @Test
    void anUnknownCampaignOrOneWithoutConvertersIsRefusedNamingTheField() {
        randomBase(50, 1);
        InMemoryCustomerFeatures features = new InMemoryCustomerFeatures(base, Map.of(7L, Set.of()));
        assertThatThrownBy(() -> service(features).findLikeConverters(8)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field()).isEqualTo("convertersOfCampaignId"));
        assertThatThrownBy(() -> service(features).findLikeConverters(7)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has no conversions yet");
    }
}
