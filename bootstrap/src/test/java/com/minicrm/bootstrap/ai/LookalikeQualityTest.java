package com.minicrm.bootstrap.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.application.port.in.ai.FindLookalikesUseCase;
import com.minicrm.application.port.in.ai.FindLookalikesUseCase.Lookalikes;
import com.minicrm.domain.segment.RuleParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Lookalikes are similar, not contradictory: for inactivity, high-spend, city and tag seeds over a
 * generated base, the lookalike is not empty, lies outside the seed, any rule returned selects
 * somebody, and its members are closer to the seed's centre than a random sample of non-seed
 * customers; an audience no rule describes comes back as a ranked list without a rule. Distances here are computed independently of the product: plain z-scores of log
 * spend, visits, log order value and days inactive over all customers, read with plain SQL.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LookalikeQualityTest {
    private static final double MAX_RATIO = 0.7;
    private static final int RANDOM_SAMPLE = 2_000;

    @Inject
    DataSource dataSource;

    @Inject
    FindLookalikesUseCase lookalikes;

    private final Map<Long, double[]> customers = new HashMap<>();

    @BeforeAll
    void createBase() throws SQLException {
        LookalikeBase.create(dataSource);
    }

    @AfterAll
    void removeBase() throws SQLException {
        LookalikeBase.remove(dataSource);
    }

    @Test
    void anInactivitySeedGetsCloseLookalikesAndNoContradictoryRule() throws Exception {
        Instant cutoff = Instant.now().minus(Duration.ofDays(90));
        check("inactive_days >= 90", """
                {"combinator":"and","rules":[{"field":"inactive_days","operator":">=","value":90}]}""",
                "SELECT id FROM customer WHERE last_active_at <= ?", LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC));
    }

    @Test
    void aHighSpendSeedGetsCloseLookalikes() throws Exception {
        check("total_spend > 20000", """
                {"combinator":"and","rules":[{"field":"total_spend","operator":">","value":20000}]}""",
                "SELECT id FROM customer WHERE total_spend > ?", 20000);
    }

    @Test
    void aCitySeedGetsCloseLookalikes() throws Exception {
        check("city = " + LookalikeBase.SMALL_CITY, """
                {"combinator":"and","rules":[{"field":"city","operator":"=","value":"%s"}]}""".formatted(LookalikeBase.SMALL_CITY),
                "SELECT id FROM customer WHERE city = ?", LookalikeBase.SMALL_CITY);
    }

    @Test
    void aTagSeedGetsCloseLookalikes() throws Exception {
        check("tags contains " + LookalikeBase.TAG, """
                {"combinator":"and","rules":[{"field":"tags","operator":"contains","value":"%s"}]}""".formatted(LookalikeBase.TAG),
                "SELECT customer_id FROM customer_tag WHERE tag = ?", LookalikeBase.TAG);
    }

    /** An audience no rule describes (see {@link PlusShapedNeighbourhood}) comes back as a ranked list without a rule. */
    @Test
    void anAudienceNoRuleDescribesIsARankedListWithoutARule() throws Exception {
        PlusShapedNeighbourhood plus = PlusShapedNeighbourhood.create(dataSource);
        JsonPath answer;
        try {
            answer = AiFeaturesTest.authed().body("{\"rule\":" + plus.seedRule() + "}").post("/api/v1/ai/lookalike")
                    .then().statusCode(200).extract().jsonPath();
        } finally {
            plus.remove();
        }
        System.out.printf(Locale.ROOT, "lookalike plus-shaped neighbourhood: size %d, best rule jaccard %.2f%n",
                answer.getLong("size"), answer.getDouble("fit.jaccard"));
        assertThat(answer.getLong("size")).isEqualTo(50);
        assertThat(answer.<String>getList("sample.externalId")).hasSize(10).noneMatch(id -> id.contains("Corner"));
        assertThat(answer.getBoolean("describedByRule")).isFalse();
        assertThat(answer.getMap("rule")).isNull();
        assertThat(answer.getDouble("fit.jaccard")).isLessThan(0.5);
        assertThat(answer.getString("description")).startsWith("A ranked list");
        assertThat(answer.getString("usage")).startsWith("A ranked list, not a segment");
    }

    private void check(String name, String seedJson, String seedSql, Object seedBind) throws Exception {
        loadCustomers();
        Set<Long> seed = ids(seedSql, seedBind);
        long others = customers.size() - seed.size();
        assertThat(seed).as("a seed of at least 50").hasSizeGreaterThanOrEqualTo(50);
        assertThat(others).as("at least ten times as many others").isGreaterThanOrEqualTo(10L * seed.size());

        long started = System.nanoTime();
        JsonPath answer = AiFeaturesTest.authed().body("{\"rule\":" + seedJson + "}").post("/api/v1/ai/lookalike")
                .then().statusCode(200).extract().jsonPath();
        long millis = (System.nanoTime() - started) / 1_000_000;
        Lookalikes found = lookalikes.find(RuleParser.parse(new ObjectMapper()
                .readValue(seedJson, Object.class)));

        assertThat(answer.getLong("size")).isPositive().isEqualTo(found.size());
        assertThat(found.members()).hasSize((int) found.size()).noneMatch(seed::contains);
        if (answer.getBoolean("describedByRule")) {
            Map<String, Object> rule = answer.getMap("rule");
            int selected = AiFeaturesTest.authed().body(Map.of("rule", rule)).post("/api/v1/segments/preview")
                    .then().statusCode(200).extract().jsonPath().getInt("audienceSize");
            assertThat(selected).as("the rule selects somebody").isPositive().isEqualTo(answer.getInt("fit.ruleSize"));
            assertThat(answer.getDouble("fit.jaccard")).isGreaterThanOrEqualTo(0.5);
        } else {
            assertThat(answer.getMap("rule")).isNull();
        }

        double ratio = meanDistance(found.members(), seed) / meanDistance(randomOthers(seed), seed);
        System.out.printf(Locale.ROOT, "lookalike %-28s seed %,6d others %,7d lookalike %,6d rule %-5s jaccard %.2f"
                + " distance ratio %.3f answered in %d ms%n", name, seed.size(), others, found.size(),
                answer.getBoolean("describedByRule"), answer.getDouble("fit.jaccard"), ratio, millis);
        assertThat(ratio).as("lookalikes closer to the seed than random non-seed customers").isLessThanOrEqualTo(MAX_RATIO);
    }

    /** Mean Euclidean distance of {@code members} to the seed's mean, features standardised over all customers. */
    private double meanDistance(List<Long> members, Set<Long> seed) {
        int n = customers.size();
        double[] mean = new double[4];
        double[] sd = new double[4];
        customers.values().forEach(x -> {
            for (int j = 0; j < 4; j++) {
                mean[j] += x[j] / n;
            }
        });
        customers.values().forEach(x -> {
            for (int j = 0; j < 4; j++) {
                sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
            }
        });
        double[] centre = new double[4];
        for (long id : seed) {
            double[] x = customers.get(id);
            for (int j = 0; j < 4; j++) {
                centre[j] += (x[j] - mean[j]) / Math.sqrt(sd[j]) / seed.size();
            }
        }
        double total = 0;
        for (long id : members) {
            double[] x = customers.get(id);
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                double z = (x[j] - mean[j]) / Math.sqrt(sd[j]) - centre[j];
                sum += z * z;
            }
            total += Math.sqrt(sum);
        }
        return total / members.size();
    }

    private List<Long> randomOthers(Set<Long> seed) {
        List<Long> others = new ArrayList<>(customers.keySet().stream().filter(id -> !seed.contains(id)).sorted().toList());
        Collections.shuffle(others, new Random(7));
        return others.subList(0, Math.min(RANDOM_SAMPLE, others.size()));
    }

    private void loadCustomers() throws Exception {
        customers.clear();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT id, total_spend, visits, avg_order_value, last_active_at FROM customer");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Instant active = rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                double days = Math.max(0, Math.floor(Duration.between(active, now).toSeconds() / 86_400.0));
                customers.put(rs.getLong(1), new double[] {Math.log1p(rs.getDouble(2)), rs.getInt(3), Math.log1p(rs.getDouble(4)), days});
            }
        }
    }

    private Set<Long> ids(String sql, Object bind) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, bind);
            try (ResultSet rs = st.executeQuery()) {
                Set<Long> ids = new HashSet<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        }
    }
}
