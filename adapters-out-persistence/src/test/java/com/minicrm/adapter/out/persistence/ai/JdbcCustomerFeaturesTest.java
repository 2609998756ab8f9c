package com.minicrm.adapter.out.persistence.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.minicrm.application.port.out.ai.CustomerFeatures.Features;
import com.minicrm.application.port.out.ai.CustomerFeatures.Neighbour;
import com.minicrm.application.port.out.ai.CustomerFeatures.Overlap;
import com.minicrm.application.port.out.ai.CustomerFeatures.SeedStatistics;
import com.minicrm.application.port.out.ai.FeatureSpace;
import com.minicrm.application.port.out.ai.FeatureVector;
import com.minicrm.application.port.out.ai.LookalikeSeed;
import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.InactiveDays;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The SQL lookalike features agree with a plain Java computation over the same customers: the
 * statistics, the ranking and its distances ({@link FeatureSpace#distance} is written twice, once
 * in SQL), and the overlap counts. The database is cleaned first, so the table holds only these rows.
 */
class JdbcCustomerFeaturesTest {
    private static final Instant AS_OF = Instant.parse("2026-06-15T12:00:00.123456Z");
    private static final List<String> CITIES = List.of("Pune", "Mumbai", "Indore", "Kochi");
    private static final String URL = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL",
            "jdbc:mariadb://127.0.0.1:3306/minicrm_test");
    private static final Rule VIP_RULE = new Group(Combinator.AND, false, List.of(new Condition(Field.TAGS, Operator.CONTAINS, "vip")));
    private static final LookalikeSeed SEED = new LookalikeSeed.Matching(VIP_RULE);
    private static final List<Features> ALL = new ArrayList<>();
    private static final Set<Long> VIP = new java.util.HashSet<>();
    private static JdbcCustomerFeatures features;

    @BeforeAll
    static void fill() throws SQLException {
        Flyway flyway = Flyway.configure().dataSource(URL, "crm", "crm").locations("classpath:db/migration").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        MariaDbDataSource dataSource = new MariaDbDataSource(URL);
        dataSource.setUser("crm");
        dataSource.setPassword("crm");
        features = new JdbcCustomerFeatures(dataSource);
        Random random = new Random(42);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("INSERT INTO customer (external_id, name, city, total_spend, visits,"
                        + " avg_order_value, last_order_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement tag = c.prepareStatement("INSERT INTO customer_tag (customer_id, tag) VALUES (?, 'vip')")) {
            for (int i = 0; i < 400; i++) {
                int visits = random.nextInt(12);
                BigDecimal aov = BigDecimal.valueOf(random.nextInt(300_000), 2);
                BigDecimal spend = aov.multiply(BigDecimal.valueOf(visits));
                // to the microsecond, and around whole-day boundaries, where a rounding difference would show
                Instant active = AS_OF.minus(Duration.ofDays(random.nextInt(200))).plus(random.nextInt(3) - 1, ChronoUnit.MICROS);
                String city = random.nextInt(10) == 0 ? null : CITIES.get(random.nextInt(CITIES.size()));
                st.setString(1, "lf-" + i);
                st.setString(2, "Customer " + i);
                st.setString(3, city);
                st.setBigDecimal(4, spend);
                st.setInt(5, visits);
                st.setBigDecimal(6, aov);
                st.setObject(7, LocalDateTime.ofInstant(active, ZoneOffset.UTC));
                st.setObject(8, LocalDateTime.ofInstant(active, ZoneOffset.UTC));
                st.setObject(9, LocalDateTime.ofInstant(active, ZoneOffset.UTC));
                st.executeUpdate();
                long id;
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                if (i % 9 == 0) {
                    tag.setLong(1, id);
                    tag.executeUpdate();
                    VIP.add(id);
                }
                ALL.add(new Features(id, "lf-" + i, "Customer " + i, city, spend, visits, aov,
                        Math.max(0, InactiveDays.between(active, AS_OF))));
            }
        }
    }

    private static double[] meanAndSpread(List<Features> rows, java.util.function.ToDoubleFunction<FeatureVector> feature) {
        double mean = rows.stream().mapToDouble(f -> feature.applyAsDouble(FeatureVector.of(f))).average().orElse(0);
        double variance = rows.stream().mapToDouble(f -> Math.pow(feature.applyAsDouble(FeatureVector.of(f)) - mean, 2)).average().orElse(0);
        return new double[] {mean, Math.sqrt(variance)};
    }

    @Test
    void statisticsAreThoseOfAllCustomersAndOfTheSeed() {
        SeedStatistics stats = features.seed(SEED, AS_OF);
        List<Features> seed = ALL.stream().filter(f -> VIP.contains(f.id())).toList();
        assertThat(stats.customers()).isEqualTo(400);
        assertThat(stats.seedSize()).isEqualTo(seed.size());
        assertThat(stats.mean().logSpend()).isCloseTo(meanAndSpread(ALL, FeatureVector::logSpend)[0], within(1e-6));
        assertThat(stats.spread().visits()).isCloseTo(meanAndSpread(ALL, FeatureVector::visits)[1], within(1e-6));
        assertThat(stats.spread().inactiveDays()).isCloseTo(meanAndSpread(ALL, FeatureVector::inactiveDays)[1], within(1e-6));
        assertThat(stats.centre().logOrderValue()).isCloseTo(meanAndSpread(seed, FeatureVector::logOrderValue)[0], within(1e-6));
        assertThat(stats.centre().inactiveDays()).isCloseTo(meanAndSpread(seed, FeatureVector::inactiveDays)[0], within(1e-6));
        assertThat(stats.seedCities()).isEqualTo(seed.stream().filter(f -> f.city() != null)
                .collect(Collectors.groupingBy(Features::city, Collectors.counting())));
    }

    @Test
    void theRankingAndItsDistancesAreTheJavaFormulasOverTheCustomersOutsideTheSeed() {
        FeatureSpace space = new FeatureSpace(new FeatureVector(7, 5, 6, 60), new FeatureVector(1.5, 3, 1.2, 50),
                List.of("Pune", "Kochi"), 1);
        List<Neighbour> ranked = features.nearest(SEED, space, 50, AS_OF);
        List<Features> expected = ALL.stream().filter(f -> !VIP.contains(f.id()))
                .sorted(Comparator.comparingDouble(space::distance).thenComparingLong(Features::id)).limit(50).toList();
        assertThat(ranked.stream().map(n -> n.features().id()).toList()).isEqualTo(expected.stream().map(Features::id).toList());
        double radius = ranked.get(ranked.size() - 1).distance();
        Overlap all = features.overlaps(SEED, space, radius, List.of(new Group(Combinator.AND, false, List.of())), AS_OF).get(0);
        assertThat(all.withinRadius()).as("every ranked customer is within the last one's distance").isGreaterThanOrEqualTo(50);
        for (Neighbour n : ranked) {
            assertThat(n.distance()).isCloseTo(space.distance(n.features()), within(1e-9));
            assertThat(n.features().inactiveDays()).isEqualTo(ALL.stream().filter(f -> f.id() == n.features().id())
                    .findFirst().orElseThrow().inactiveDays());
        }
    }

    @Test
    void overlapsCountEachCandidatesCustomersOutsideTheSeedAndThoseWithinTheRadius() {
        FeatureSpace space = new FeatureSpace(new FeatureVector(7, 5, 6, 60), new FeatureVector(1.5, 3, 1.2, 50), List.of(), 0);
        double radius = 1.3;
        Rule everyone = new Group(Combinator.AND, false, List.of());
        Rule spendAndCity = new Group(Combinator.AND, false, List.of(
                new Condition(Field.TOTAL_SPEND, Operator.BETWEEN, List.of(new BigDecimal("500"), new BigDecimal("9000"))),
                new Condition(Field.CITY, Operator.IN, List.of("Pune", "Indore"))));
        Rule recent = new Group(Combinator.AND, false, List.of(new Condition(Field.INACTIVE_DAYS, Operator.BETWEEN, List.of(30L, 90L))));
        List<Overlap> overlaps = features.overlaps(SEED, space, radius, List.of(everyone, spendAndCity, recent), AS_OF);
        List<Predicate<Features>> same = List.of(f -> true,
                f -> f.spend().compareTo(new BigDecimal("500")) >= 0 && f.spend().compareTo(new BigDecimal("9000")) <= 0
                        && ("Pune".equals(f.city()) || "Indore".equals(f.city())),
                f -> f.inactiveDays() >= 30 && f.inactiveDays() <= 90);
        for (int i = 0; i < same.size(); i++) {
            List<Features> selected = ALL.stream().filter(f -> !VIP.contains(f.id())).filter(same.get(i)).toList();
            assertThat(overlaps.get(i).selected()).as("candidate %d", i).isEqualTo(selected.size());
            assertThat(overlaps.get(i).withinRadius()).as("candidate %d", i)
                    .isEqualTo(selected.stream().filter(f -> space.distance(f) <= radius).count());
        }
        assertThat(overlaps.get(0).withinRadius()).isPositive().isLessThan(overlaps.get(0).selected());
        // an OR among the candidates sends them all down the one-candidate-at-a-time path, which must agree
        Rule either = new Group(Combinator.OR, false, List.of(new Condition(Field.CITY, Operator.EQUAL, "Kochi"),
                new Condition(Field.VISITS, Operator.LESS, 2L)));
        List<Overlap> oneByOne = features.overlaps(SEED, space, radius, List.of(everyone, spendAndCity, recent, either), AS_OF);
        assertThat(oneByOne.subList(0, 3)).isEqualTo(overlaps);
        assertThat(oneByOne.get(3).selected()).isEqualTo(ALL.stream().filter(f -> !VIP.contains(f.id()))
                .filter(f -> "Kochi".equals(f.city()) || f.visits() < 2).count());
    }
}
