package com.minicrm.reliability;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import java.util.Set;

/**
 * 8. An A/B campaign with a 10% holdout is delivered; its deliveries are moved 10 hours into the
 * past, then 60,000 orders (before and after delivery, inside and outside the audience, every
 * batch sent twice) are pushed and the app is killed with -9 while it attributes them. After a
 * restart the outcomes must equal what a plain-Java evaluator computes from the stored log and orders.
 */
final class CrashDuringAttribution implements Scenario {
    private static final int AUDIENCE = 5_000;
    private static final int ORDERS = Integer.getInteger("reliability.s8.orders", 60_000);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    // money compared as decimals, never through a double
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A log row and an order as the evaluator reads them back. */
    private record Row(long id, long customerId, String status, Instant sentAt, String variant) {}

    private record Order(long customerId, BigDecimal amount, Instant orderedAt) {}

    @Override
    public String run(Rig rig, String id) throws Exception {
        rig.prepare(id);
        CrmApp app = rig.app(id, "app", Rig.APP_PORT, Map.of());
        app.start();
        try {
            rig.seedCustomers(id, AUDIENCE);
            long campaign = launch(app);
            Instant delivered = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(10));
            try (Connection c = rig.connect(id)) {
                Invariants.awaitCampaignDone(c, campaign, 300);
                execute(c, "UPDATE campaign SET started_at = ? WHERE id = ?", delivered.minusSeconds(60), campaign);
                execute(c, "UPDATE communication_log SET sent_at = ? + INTERVAL (id MOD 3600) SECOND"
                        + " WHERE campaign_id = ? AND sent_at IS NOT NULL", delivered, campaign);
            }
            List<Pusher.Request> requests = orders(delivered);
            Pusher client = new Pusher(List.of(app.base()));
            int acceptedBeforeKill = Rig.pushThroughKill(app, client, requests);
            Check check = new Check();
            check.that(acceptedBeforeKill < requests.size(), "the kill came after the last request was accepted");
            String summary;
            try (Connection c = rig.connect(id)) {
                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                        .until(() -> Invariants.count(c, "SELECT COUNT(*) FROM customer_order WHERE external_id LIKE 'att-%'") == ORDERS);
                summary = compare(c, campaign, app, check);
            }
            check.done();
            return String.format("killed after %d/%d requests accepted; %s", acceptedBeforeKill, requests.size(), summary);
        } finally {
            app.stop();
        }
    }

    private static long launch(CrmApp app) throws Exception {
        return Rig.launch(app, "{\"name\":\"Fault A/B\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\","
                + "\"value\":\"" + DataSet.CITY + "\"}]},\"channel\":\"SMS\",\"holdoutPercent\":10,\"attributionWindowHours\":6,"
                + "\"variants\":[{\"key\":\"A\",\"template\":\"Hi {{first_name|there}}, 10% off\",\"weight\":50},"
                + "{\"key\":\"B\",\"template\":\"{{first_name|Hi}}, a gift for you\",\"weight\":50}]}");
    }

    /**
     * Order j goes to seeded customer (j * 7919) mod 5,500 (the last 500 are outside the audience), at
     * (j * 97) mod 12 h before now, so some precede delivery and some fall after the 6 h window; each
     * batch of 500 is sent twice.
     */
    private static List<Pusher.Request> orders(Instant delivered) {
        Instant now = delivered.plus(Duration.ofHours(10));
        List<Pusher.Request> requests = new ArrayList<>();
        for (int from = 0; from < ORDERS; from += 500) {
            StringBuilder body = new StringBuilder("{\"orders\":[");
            for (int j = from; j < from + 500; j++) {
                int customer = (int) ((j * 7919L) % (AUDIENCE + 500));
                String external = customer < AUDIENCE ? "seed-" + DataSet.CITY + "-" + customer : "seed-Elsewhere-" + customer;
                body.append(j == from ? "" : ",").append("{\"externalId\":\"att-").append(j).append("\",\"customerExternalId\":\"")
                        .append(external).append("\",\"amount\":").append(BigDecimal.valueOf(10_000 + (j * 37L % 5000) * 100, 2))
                        .append(",\"orderedAt\":\"").append(now.minusSeconds(j * 97L % (12 * 3600))).append("\"}");
            }
            Pusher.Request request = new Pusher.Request("/api/v1/orders/batch", body.append("]}").toString());
            requests.add(request);
            requests.add(request);
        }
        return requests;
    }

    /** The evaluator: last touch within the window for delivered members, start plus window for the holdout. */
    private static String compare(Connection c, long campaign, CrmApp app, Check check) throws Exception {
        Map<Long, Row> byCustomer = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, customer_id, status, sent_at, variant FROM communication_log WHERE campaign_id = ?")) {
            st.setLong(1, campaign);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime sent = rs.getObject(4, LocalDateTime.class);
                    byCustomer.put(rs.getLong(2), new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            sent == null ? null : sent.toInstant(ZoneOffset.UTC), rs.getString(5)));
                }
            }
        }
        Instant start;
        try (PreparedStatement st = c.prepareStatement("SELECT started_at FROM campaign WHERE id = ?")) {
            st.setLong(1, campaign);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                start = rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            }
        }
        List<Order> orders = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT customer_id, amount, ordered_at FROM customer_order WHERE external_id LIKE 'att-%'");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                orders.add(new Order(rs.getLong(1), rs.getBigDecimal(2), rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
        }
        Duration window = Duration.ofHours(6);
        Map<String, Set<Long>> converters = new HashMap<>();
        Map<String, BigDecimal> revenue = new HashMap<>();
        Set<Long> holdoutConverters = new HashSet<>();
        long attributed = 0;
        for (Order o : orders) {
            Row r = byCustomer.get(o.customerId());
            if (r == null) {
                continue;
            }
            if ("SENT".equals(r.status()) && o.orderedAt().isAfter(r.sentAt()) && !o.orderedAt().isAfter(r.sentAt().plus(window))) {
                converters.computeIfAbsent(r.variant(), k -> new HashSet<>()).add(o.customerId());
                revenue.merge(r.variant(), o.amount(), BigDecimal::add);
                attributed++;
            }
            if ("HOLDOUT".equals(r.status()) && o.orderedAt().isAfter(start) && !o.orderedAt().isAfter(start.plus(window))) {
                holdoutConverters.add(o.customerId());
            }
        }
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/campaigns/" + campaign + "/outcomes"))
                .header("Authorization", "Bearer " + CrmApp.API_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode outcomes = JSON.readTree(answer.body());
        check.that(outcomes.get("orders").asLong() == attributed, "orders " + outcomes.get("orders") + " != expected " + attributed);
        check.that(Invariants.count(c, "SELECT COUNT(*) FROM order_attribution WHERE campaign_id = ?", campaign) == attributed,
                "attribution rows differ from the expected " + attributed);
        for (JsonNode v : outcomes.get("variants")) {
            String key = v.get("key").asText();
            long expected = converters.getOrDefault(key, Set.of()).size();
            BigDecimal money = revenue.getOrDefault(key, BigDecimal.ZERO);
            check.that(v.get("conversions").asLong() == expected, "variant " + key + " conversions " + v.get("conversions") + " != " + expected);
            check.that(v.get("revenue").decimalValue().compareTo(money) == 0, "variant " + key + " revenue " + v.get("revenue") + " != " + money);
        }
        check.that(outcomes.get("holdout").get("conversions").asLong() == holdoutConverters.size(),
                "holdout conversions " + outcomes.get("holdout") + " != " + holdoutConverters.size());
        check.that(attributed > 0 && !holdoutConverters.isEmpty(), "the data exercised attribution and the holdout");
        return String.format("%d orders attributed, %s conversions, revenue %s, holdout %s, lift %s", attributed,
                outcomes.get("conversions"), outcomes.get("revenue"), outcomes.get("holdout"), outcomes.get("lift"));
    }

    private static void execute(Connection c, String sql, Instant at, long campaign) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            st.setLong(2, campaign);
            st.executeUpdate();
        }
    }
}
