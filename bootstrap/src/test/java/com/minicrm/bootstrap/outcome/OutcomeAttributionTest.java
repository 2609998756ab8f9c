package com.minicrm.bootstrap.outcome;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two campaigns reach one city (the second only its low spenders); their deliveries are moved into
 * the past, then orders arrive through the API: before delivery, inside and after each window, from
 * customers outside the audience, from holdout members, and some of them twice. An evaluator written
 * here, plain Java over the log rows and the generated orders, computes what each variant and the
 * holdout should show; the API must match it exactly.
 */
@QuarkusTest
class OutcomeAttributionTest {
    private static final String KEY = "test-api-key";
    private static final int AUDIENCE = 400;
    private static final int OUTSIDERS = 40;

    @Inject
    DataSource dataSource;

    /** A generated order as the test sent it. */
    record Order(String externalId, long customerId, String customerExternalId, BigDecimal amount, Instant orderedAt) {}

    /** A log row as the evaluator reads it. */
    record Row(long id, long campaignId, long customerId, String status, Instant sentAt, String variant) {}

    @Test
    void outcomesMatchAnIndependentEvaluatorExactly() throws Exception {
        String city = "Out-" + UUID.randomUUID().toString().substring(0, 8);
        insertCustomers(city, AUDIENCE, "");
        insertCustomers(city + "-x", OUTSIDERS, "x");
        long first = launch("""
                {"name": "AB %1$s", "channel": "SMS", "holdoutPercent": 20, "attributionWindowHours": 48,
                 "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%1$s"}]},
                 "variants": [{"key": "A", "template": "A: hi {{first_name}}", "weight": 60},
                              {"key": "B", "template": "B: hello {{first_name}}", "weight": 40}]}
                """.formatted(city));
        awaitCompleted(first);
        long second = launch("""
                {"name": "Low %1$s", "channel": "SMS", "template": "Hi {{first_name}}",
                 "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%1$s"},
                                                          {"field": "total_spend", "operator": "<", "value": 150}]}}
                """.formatted(city));
        awaitCompleted(second);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // deliveries moved into the past: the first campaign 100 h ago, the second 60 h ago, spread over minutes
        execute("UPDATE campaign SET started_at = ? WHERE id = ?", utc(now.minus(Duration.ofHours(101))), first);
        execute("UPDATE campaign SET started_at = ? WHERE id = ?", utc(now.minus(Duration.ofHours(61))), second);
        execute("UPDATE communication_log SET sent_at = ? + INTERVAL (id MOD 600) SECOND WHERE campaign_id = ? AND sent_at IS NOT NULL",
                utc(now.minus(Duration.ofHours(100))), first);
        execute("UPDATE communication_log SET sent_at = ? + INTERVAL (id MOD 600) SECOND WHERE campaign_id = ? AND sent_at IS NOT NULL",
                utc(now.minus(Duration.ofHours(60))), second);

        List<Row> rows = rows(first, second);
        Map<Long, String> externalIds = externalIds(city);
        Random random = new Random(19);
        List<Order> orders = new ArrayList<>();
        List<Long> customers = new ArrayList<>(externalIds.keySet());
        customers.sort(Long::compare);
        for (long customer : customers) {
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                Instant at = now.minusSeconds(random.nextInt(115 * 3600));
                BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(490_000), 2);
                orders.add(new Order(city + "-o-" + orders.size(), customer, externalIds.get(customer), amount, at));
            }
        }
        // a few orders placed exactly at a delivery, and exactly at the end of a window
        for (Row r : rows.subList(0, 6)) {
            if (r.sentAt() != null) {
                orders.add(new Order(city + "-o-" + orders.size(), r.customerId(), externalIds.get(r.customerId()),
                        new BigDecimal("99.99"), r.sentAt()));
                orders.add(new Order(city + "-o-" + orders.size(), r.customerId(), externalIds.get(r.customerId()),
                        new BigDecimal("199.99"), r.sentAt().plus(Duration.ofHours(r.campaignId() == first ? 48 : 120))));
            }
        }
        post(orders.subList(0, orders.size() / 2));
        post(orders);
        post(orders.subList(orders.size() / 3, orders.size()));
        awaitStored(city + "-o-%", orders.size());

        Map<Long, Instant> starts = Map.of(first, now.minus(Duration.ofHours(101)), second, now.minus(Duration.ofHours(61)));
        Map<Long, Integer> windows = Map.of(first, 48, second, 120);
        Expected expected = evaluate(rows, orders, starts, windows);

        for (long campaign : List.of(first, second)) {
            JsonPath outcomes = exact(authed().get("/api/v1/campaigns/" + campaign + "/outcomes").then().statusCode(200).extract().asString());
            Map<String, Tally> tallies = expected.byVariant.getOrDefault(campaign, Map.of());
            long conversions = tallies.values().stream().mapToLong(t -> t.customers.size()).sum();
            BigDecimal revenue = tallies.values().stream().map(t -> t.revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
            long orderCount = tallies.values().stream().mapToLong(t -> t.orders).sum();
            long delivered = rows.stream().filter(r -> r.campaignId() == campaign && "SENT".equals(r.status())).count();
            assertThat(outcomes.getLong("conversions")).as("conversions of %d", campaign).isEqualTo(conversions);
            assertThat(outcomes.getLong("orders")).as("orders of %d", campaign).isEqualTo(orderCount);
            assertThat(new BigDecimal(outcomes.getString("revenue"))).as("revenue of %d", campaign).isEqualByComparingTo(revenue);
            assertThat(outcomes.getDouble("conversionRate")).isCloseTo((double) conversions / delivered, within(1e-9));
            assertThat(conversions).as("the data exercise attribution").isPositive();
            if (campaign == first) {
                for (String key : List.of("A", "B")) {
                    Tally t = tallies.getOrDefault(key, new Tally());
                    Map<String, Object> v = outcomes.getMap("variants.find { it.key == '" + key + "' }");
                    long recipients = rows.stream().filter(r -> r.campaignId() == first && key.equals(r.variant())).count();
                    long sent = rows.stream().filter(r -> r.campaignId() == first && key.equals(r.variant()) && "SENT".equals(r.status())).count();
                    assertThat(((Number) v.get("recipients")).longValue()).isEqualTo(recipients);
                    assertThat(((Number) v.get("delivered")).longValue()).isEqualTo(sent);
                    assertThat(((Number) v.get("conversions")).longValue()).as("variant %s", key).isEqualTo(t.customers.size());
                    assertThat(new BigDecimal(v.get("revenue").toString())).as("variant %s", key).isEqualByComparingTo(t.revenue);
                }
                long holdoutSize = rows.stream().filter(r -> r.campaignId() == first && "HOLDOUT".equals(r.status())).count();
                Set<Long> holdoutConverters = expected.holdout.getOrDefault(first, Set.of());
                assertThat(holdoutSize).isBetween(40L, 120L);
                assertThat(outcomes.getLong("holdout.size")).isEqualTo(holdoutSize);
                assertThat(outcomes.getLong("holdout.conversions")).isEqualTo(holdoutConverters.size());
                double p1 = (double) conversions / delivered;
                double p0 = (double) holdoutConverters.size() / holdoutSize;
                double margin = 1.959963984540054 * Math.sqrt(p1 * (1 - p1) / delivered + p0 * (1 - p0) / holdoutSize);
                assertThat(outcomes.getDouble("lift.absolute")).isCloseTo(p1 - p0, within(1e-9));
                assertThat(outcomes.getDouble("lift.ci95Low")).isCloseTo(p1 - p0 - margin, within(1e-9));
                assertThat(outcomes.getDouble("lift.ci95High")).isCloseTo(p1 - p0 + margin, within(1e-9));
            } else {
                assertThat(outcomes.getList("variants")).isEmpty();
                assertThat(outcomes.getMap("holdout")).isNull();
                assertThat(outcomes.getMap("lift")).isNull();
            }
            JsonPath listed = exact(authed().get("/api/v1/campaigns?size=200").then().statusCode(200).extract().asString());
            assertThat(listed.getLong("items.find { it.id == " + campaign + " }.conversions")).isEqualTo(conversions);
            assertThat(new BigDecimal(listed.getString("items.find { it.id == " + campaign + " }.revenue"))).isEqualByComparingTo(revenue);
        }
    }

    @Test
    void theLogNamesEachMembersVariantAndTheHoldoutGetsNoMessage() throws Exception {
        String city = "Log-" + UUID.randomUUID().toString().substring(0, 8);
        insertCustomers(city, 60, "");
        long id = launch("""
                {"name": "Log %1$s", "channel": "SMS", "holdoutPercent": 50,
                 "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "%1$s"}]},
                 "variants": [{"key": "A", "template": "A: hi {{first_name}}", "weight": 50},
                              {"key": "B", "template": "B: hello {{first_name}}", "weight": 50}]}
                """.formatted(city));
        awaitCompleted(id);
        JsonPath held = authed().get("/api/v1/campaigns/" + id + "/messages?status=HOLDOUT&size=200").then().statusCode(200)
                .extract().jsonPath();
        assertThat(held.getList("items")).isNotEmpty();
        assertThat(held.getList("items.status")).containsOnly("HOLDOUT");
        assertThat(held.getList("items.body")).containsOnlyNulls();
        assertThat(held.getList("items.variant")).containsOnlyNulls();
        JsonPath all = authed().get("/api/v1/campaigns/" + id + "/messages?size=200").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = all.getList("items");
        assertThat(items).hasSize(60);
        for (Map<String, Object> m : items) {
            assertThat((String) m.get("customerExternalId")).startsWith(city + "-");
            if (!"HOLDOUT".equals(m.get("status"))) {
                assertThat((String) m.get("body")).startsWith(m.get("variant") + ": ");
            }
        }
        JsonPath campaign = authed().get("/api/v1/campaigns/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(campaign.getInt("holdoutSize")).isEqualTo(held.getInt("total"));
        assertThat(campaign.getInt("audienceSize") + campaign.getInt("holdoutSize")).isEqualTo(60);
        assertThat(campaign.getInt("attributionWindowHours")).isEqualTo(120);
    }

    /** Expected conversions per campaign and variant, and holdout converters per campaign. */
    static final class Expected {
        final Map<Long, Map<String, Tally>> byVariant = new HashMap<>();
        final Map<Long, Set<Long>> holdout = new HashMap<>();
    }

    /** Converters, orders and revenue of one variant. */
    static final class Tally {
        final Set<Long> customers = new HashSet<>();
        long orders;
        BigDecimal revenue = BigDecimal.ZERO;
    }

    /**
     * The evaluator: each distinct order (the first time its external id was sent) goes to the latest
     * SENT delivery strictly before it whose window (end included) covers it; holdout members'
     * orders count when after the start and within the window.
     */
    static Expected evaluate(List<Row> rows, List<Order> orders, Map<Long, Instant> starts, Map<Long, Integer> windows) {
        Expected expected = new Expected();
        Set<String> seen = new HashSet<>();
        for (Order o : orders) {
            if (!seen.add(o.externalId())) {
                continue;
            }
            Row best = null;
            for (Row r : rows) {
                if (r.customerId() != o.customerId() || !"SENT".equals(r.status())) {
                    continue;
                }
                Instant end = r.sentAt().plus(Duration.ofHours(windows.get(r.campaignId())));
                boolean covers = o.orderedAt().isAfter(r.sentAt()) && !o.orderedAt().isAfter(end);
                if (covers && (best == null || r.sentAt().isAfter(best.sentAt())
                        || (r.sentAt().equals(best.sentAt()) && r.id() > best.id()))) {
                    best = r;
                }
            }
            if (best != null) {
                Tally t = expected.byVariant.computeIfAbsent(best.campaignId(), k -> new HashMap<>())
                        .computeIfAbsent(String.valueOf(best.variant()), k -> new Tally());
                t.customers.add(o.customerId());
                t.orders++;
                t.revenue = t.revenue.add(o.amount());
            }
            for (Row r : rows) {
                if (r.customerId() == o.customerId() && "HOLDOUT".equals(r.status())) {
                    Instant start = starts.get(r.campaignId());
                    if (o.orderedAt().isAfter(start) && !o.orderedAt().isAfter(start.plus(Duration.ofHours(windows.get(r.campaignId()))))) {
                        expected.holdout.computeIfAbsent(r.campaignId(), k -> new HashSet<>()).add(o.customerId());
                    }
                }
            }
        }
        return expected;
    }

    /** Reads numbers as BigDecimal: as floats, rupee amounts past 100,000 would lose their paise. */
    private static JsonPath exact(String body) {
        return new JsonPath(body).using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static io.restassured.specification.RequestSpecification authed() {
        return given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON);
    }

    private static long launch(String body) {
        return authed().body(body).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Polls by value, so a poll that finds the campaign still running logs nothing. */
    private static void awaitCompleted(long id) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Response r = authed().get("/api/v1/campaigns/" + id);
            return r.statusCode() == 200 && "COMPLETED".equals(r.jsonPath().getString("status"));
        });
    }

    private void awaitStored(String like, int count) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> count("SELECT COUNT(*) FROM customer_order WHERE external_id LIKE ?", like) == count);
    }

    private static void post(List<Order> orders) {
        for (int from = 0; from < orders.size(); from += 500) {
            StringBuilder body = new StringBuilder("{\"orders\": [");
            List<Order> part = orders.subList(from, Math.min(orders.size(), from + 500));
            for (int i = 0; i < part.size(); i++) {
                Order o = part.get(i);
                body.append(i == 0 ? "" : ",").append("{\"externalId\":\"").append(o.externalId()).append("\",\"customerExternalId\":\"")
                        .append(o.customerExternalId()).append("\",\"amount\":").append(o.amount().toPlainString())
                        .append(",\"orderedAt\":\"").append(o.orderedAt()).append("\"}");
            }
            authed().body(body.append("]}").toString()).post("/api/v1/orders/batch").then().statusCode(202);
        }
    }

    private void insertCustomers(String city, int count, String prefix) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        StringBuilder sql = new StringBuilder("INSERT INTO customer (external_id, name, phone, city, total_spend, visits,"
                + " avg_order_value, created_at, updated_at) VALUES ");
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, 0, 0, ?, ?)");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (int i = 0; i < count; i++) {
                st.setString(p++, city + "-" + prefix + i);
                st.setString(p++, "Person" + i + " Test");
                st.setString(p++, "+9198765" + String.format("%05d", i));
                st.setString(p++, city);
                st.setBigDecimal(p++, BigDecimal.valueOf(i));
                st.setObject(p++, now);
                st.setObject(p++, now);
            }
            st.executeUpdate();
        }
    }

    /** Audience and outsiders: every customer whose external id starts with the city. */
    private Map<Long, String> externalIds(String city) throws SQLException {
        Map<Long, String> ids = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT id, external_id FROM customer WHERE external_id LIKE ?")) {
            st.setString(1, city + "-%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return ids;
    }

    private List<Row> rows(long... campaigns) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT id, campaign_id, customer_id, status, sent_at, variant"
                        + " FROM communication_log WHERE campaign_id IN (?, ?) ORDER BY id")) {
            st.setLong(1, campaigns[0]);
            st.setLong(2, campaigns[1]);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime sent = rs.getObject(5, LocalDateTime.class);
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            sent == null ? null : sent.toInstant(ZoneOffset.UTC), rs.getString(6)));
                }
            }
        }
        return rows;
    }

    private void execute(String sql, Object... binds) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = bound(c, sql, binds)) {
            st.executeUpdate();
        }
    }

    private long count(String sql, Object... binds) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = bound(c, sql, binds); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static PreparedStatement bound(Connection c, String sql, Object... binds) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < binds.length; i++) {
            st.setObject(i + 1, binds[i]);
        }
        return st;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
