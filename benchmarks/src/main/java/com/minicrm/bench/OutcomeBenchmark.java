package com.minicrm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Campaign outcomes at scale: a campaign of 100,000 customers with a 10% holdout is delivered, its
 * deliveries are moved 48 hours into the past, then 300,000 orders of its customers (from 12 h
 * before to 36 h after delivery) are ingested through the batch API. Measures the time from the
 * last order's 202 until the outcomes are final, against the floor: one hand-written INSERT ...
 * SELECT attributing all 300,000 orders over the same tables, in the same run. Then the same run
 * with attribution off (a fresh database and app) gives the ingestion throughput to compare.
 */
public final class OutcomeBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutcomeBenchmark() {}

    /** One run's figures. */
    private record Run(double ingestSeconds, double ordersPerSecond, double finalAfterLast202, double floorSeconds, long orders,
            String outcomes) {}

    public static void main(String[] args) throws Exception {
        System.out.println("machine: " + Stats.machine());
        Run on = run(true);
        Run off = run(false);
        System.out.println();
        System.out.println("| measure | CRM | floor / reference | ratio | target |");
        System.out.println("|---|---:|---:|---:|---|");
        System.out.printf(Locale.ROOT, "| last order's 202 → outcomes final | %.2f s | hand-written SQL attribution: %.2f s | %.2f× | ≤ 1.5× |%n",
                on.finalAfterLast202(), on.floorSeconds(), on.finalAfterLast202() / on.floorSeconds());
        System.out.printf(Locale.ROOT, "| ingestion of %,d orders, attribution on vs off | %,.0f orders/s | %,.0f orders/s | %.2f× | ≥ 0.9× |%n",
                on.orders(), on.ordersPerSecond(), off.ordersPerSecond(), on.ordersPerSecond() / off.ordersPerSecond());
        System.out.println("outcomes: " + on.outcomes());
    }

    private static Run run(boolean attribute) throws Exception {
        int customers = Integer.parseInt(System.getProperty("bench.customers", "100000"));
        int orders = Integer.parseInt(System.getProperty("bench.orders", "300000"));
        int port = Integer.parseInt(System.getProperty("bench.port", "8096"));
        String server = System.getProperty("bench.db-server", "jdbc:mariadb://127.0.0.1:3306/");
        String database = System.getProperty("bench.db", "minicrm_outcome_bench");
        String vhost = System.getProperty("bench.vhost", "camp");
        Path appJar = Path.of(System.getProperty("bench.app", "bootstrap/target/quarkus-app/quarkus-run.jar"));
        System.out.printf(Locale.ROOT, "---- attribution %s%n", attribute ? "on" : "off");
        CampaignDeliveryBenchmark.recreate(server, database);
        Process app = CampaignDeliveryBenchmark.start(appJar, port, server + database, vhost,
                List.of("-Dcrm.outcomes.attribute-on-ingest=" + attribute));
        try (Connection db = DriverManager.getConnection(server + database, "crm", "crm")) {
            String base = "http://127.0.0.1:" + port;
            CampaignDeliveryBenchmark.awaitReady(base);
            CampaignDeliveryBenchmark.seed(db, "bench-", "Benchpur", customers);
            long id = launchAndAwait(base);
            Instant delivered = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(48));
            try (Statement st = db.createStatement()) {
                st.executeUpdate("UPDATE campaign SET started_at = '" + sql(delivered.minusSeconds(60)) + "' WHERE id = " + id);
                st.executeUpdate("UPDATE communication_log SET sent_at = '" + sql(delivered) + "' + INTERVAL (id MOD 3600) SECOND"
                        + " WHERE campaign_id = " + id + " AND sent_at IS NOT NULL");
            }
            List<String> bodies = orderBatches(customers, orders, delivered);
            long start = System.nanoTime();
            AtomicLong last202 = new AtomicLong();
            push(base, bodies, last202);
            long stored;
            do {
                // the consumer stores asynchronously and says nothing when done: polling the table is the only signal,
                // and 50 ms bounds the timing error against a run of tens of seconds
                Thread.sleep(50);
                stored = count(db, "SELECT COUNT(*) FROM customer_order");
            } while (stored < orders && System.nanoTime() - start < Duration.ofMinutes(20).toNanos());
            long done = System.nanoTime();
            // attribution commits with the orders, so outcomes are final once every order is stored
            String outcomes = HTTP.send(CampaignDeliveryBenchmark.request(base + "/api/v1/campaigns/" + id + "/outcomes").GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double ingest = (done - start) / 1e9;
            double afterLast = (done - last202.get()) / 1e9;
            double floor = attribute ? floor(db) : 0;
            System.out.printf(Locale.ROOT, "%,d orders stored in %.1f s (%,.0f orders/s); final %.2f s after the last 202%n", stored, ingest,
                    stored / ingest, afterLast);
            return new Run(ingest, stored / ingest, afterLast, floor, stored, outcomes);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static long launchAndAwait(String base) throws Exception {
        String body = "{\"name\":\"Outcome bench\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\","
                + "\"value\":\"Benchpur\"}]},\"holdoutPercent\":10,\"channel\":\"SMS\",\"variants\":["
                + "{\"key\":\"A\",\"template\":\"Hi {{first_name|there}}, 10% off!\",\"weight\":50},"
                + "{\"key\":\"B\",\"template\":\"{{first_name|Hi}}, a gift inside\",\"weight\":50}]}";
        HttpResponse<String> created = HTTP.send(CampaignDeliveryBenchmark.request(base + "/api/v1/campaigns")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("launch failed: " + created.statusCode() + " " + created.body());
        }
        long id = JSON.readTree(created.body()).get("id").asLong();
        JsonNode campaign;
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        do {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("campaign " + id + " did not complete within 20 minutes");
            }
            // delivery is asynchronous; this wait is before the measured part, so its granularity costs nothing
            Thread.sleep(200);
            campaign = JSON.readTree(HTTP.send(CampaignDeliveryBenchmark.request(base + "/api/v1/campaigns/" + id).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } while (!"COMPLETED".equals(campaign.get("status").asText()));
        System.out.printf(Locale.ROOT, "campaign %d delivered: %d messaged, %d held out%n", id, campaign.get("audienceSize").asInt(),
                campaign.get("holdoutSize").asInt());
        return id;
    }

    /** 1,000 orders per request; order j is customer (j * 7919) mod N's, at delivery - 12 h + (j * 61 mod 48 h). */
    private static List<String> orderBatches(int customers, int orders, Instant delivered) {
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < orders; from += 1000) {
            StringBuilder body = new StringBuilder("{\"orders\":[");
            for (int j = from; j < Math.min(orders, from + 1000); j++) {
                body.append(j == from ? "" : ",").append("{\"externalId\":\"o-").append(j).append("\",\"customerExternalId\":\"bench-")
                        .append((j * 7919L) % customers).append("\",\"amount\":").append(100 + j % 4900).append(".50,\"orderedAt\":\"")
                        .append(delivered.minus(Duration.ofHours(12)).plusSeconds(j * 61L % (48 * 3600))).append("\"}");
            }
            bodies.add(body.append("]}").toString());
        }
        return bodies;
    }

    private static void push(String base, List<String> bodies, AtomicLong last202) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    int status;
                    do {
                        status = HTTP.send(CampaignDeliveryBenchmark.request(base + "/api/v1/orders/batch")
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } while (status == 503);
                    if (status != 202) {
                        throw new IllegalStateException("ingestion answered " + status);
                    }
                    last202.accumulateAndGet(System.nanoTime(), Math::max);
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
    }

    /** The hand-written attribution: every order to its customer's latest qualifying SENT delivery, in one statement. */
    private static double floor(Connection db) throws Exception {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE floor_attribution (order_id BIGINT PRIMARY KEY, campaign_id BIGINT, variant VARCHAR(16), amount DECIMAL(14,2))");
            long start = System.nanoTime();
            int rows = st.executeUpdate("INSERT INTO floor_attribution SELECT o.id, l.campaign_id, l.variant, o.amount"
                    + " FROM customer_order o JOIN communication_log l ON l.customer_id = o.customer_id AND l.status = 'SENT'"
                    + " JOIN campaign k ON k.id = l.campaign_id"
                    + " WHERE o.ordered_at > l.sent_at AND o.ordered_at <= l.sent_at + INTERVAL k.attribution_window_hours HOUR");
            double seconds = (System.nanoTime() - start) / 1e9;
            long app = count(db, "SELECT COUNT(*) FROM order_attribution");
            System.out.printf(Locale.ROOT, "floor: %,d orders attributed by one INSERT ... SELECT in %.2f s (the app attributed %,d)%n",
                    rows, seconds, app);
            if (rows != app) {
                throw new IllegalStateException("the floor and the app disagree: " + rows + " vs " + app);
            }
            return seconds;
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sql(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString().replace('T', ' ');
    }
}
