package com.minicrm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs one campaign of N customers end to end against the real app (started here as a child
 * process, with the vendor simulator in it at 20-100 ms latency and the send-rate limit off), from
 * launch to the last receipt applied. Before it, a warm-up campaign of W other customers runs on the
 * freshly started app: in the first seconds after start the JIT compiler takes close to half of the
 * app's CPU (measured per thread), which a server running campaigns all day does not pay, so the
 * warm-up is reported separately as the cold figure. Then, in the same run and database, measures
 * the floor: plain JDBC multi-row UPDATEs of communication_log, the same statement shape the receipt
 * consumer uses. Repeats that {@code bench.runs} times, each on a fresh database and app, and prints
 * every run with the load average around it, then the medians.
 */
public final class CampaignDeliveryBenchmark {
    /** Random per run: no key in the repository opens the app this benchmark starts. */
    private static final String KEY = "bench-" + java.util.UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private CampaignDeliveryBenchmark() {}

    /** One run's figures. */
    private record Run(double coldMessagesPerSecond, double launchSeconds, double endToEndSeconds, double messagesPerSecond,
            double floorRowsPerSecond, String loadBefore, String loadAfter) {}

    /** What one campaign took. */
    private record Delivery(long campaignId, double launchSeconds, double endToEndSeconds, double messagesPerSecond) {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(System.getProperty("bench.runs", "1"));
        System.out.println("machine: " + Stats.machine());
        List<Run> results = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            System.out.printf(Locale.ROOT, "---- run %d of %d%n", i, runs);
            results.add(runOnce());
        }
        System.out.println();
        System.out.println("| run | load avg before / after | warm-up msg/s (cold JVM) | launch answered (first chunk frozen + queued)"
                + " | end to end | messages/s end to end | floor rows/s |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (int i = 0; i < results.size(); i++) {
            Run r = results.get(i);
            System.out.printf(Locale.ROOT, "| %d | %s / %s | %,.0f | %.1f s | %.1f s | %,.0f | %,.0f |%n", i + 1, r.loadBefore(),
                    r.loadAfter(), r.coldMessagesPerSecond(), r.launchSeconds(), r.endToEndSeconds(), r.messagesPerSecond(),
                    r.floorRowsPerSecond());
        }
        System.out.printf(Locale.ROOT, "| median of %d | | %,.0f | %.1f s | %.1f s | %,.0f | %,.0f |%n", results.size(),
                Stats.median(results.stream().mapToDouble(Run::coldMessagesPerSecond).toArray()),
                Stats.median(results.stream().mapToDouble(Run::launchSeconds).toArray()),
                Stats.median(results.stream().mapToDouble(Run::endToEndSeconds).toArray()),
                Stats.median(results.stream().mapToDouble(Run::messagesPerSecond).toArray()),
                Stats.median(results.stream().mapToDouble(Run::floorRowsPerSecond).toArray()));
    }

    private static Run runOnce() throws Exception {
        int customers = Integer.parseInt(System.getProperty("bench.customers", "100000"));
        int warmUpCustomers = Integer.parseInt(System.getProperty("bench.warmup-customers", "30000"));
        int port = Integer.parseInt(System.getProperty("bench.port", "8095"));
        String server = System.getProperty("bench.db-server", "jdbc:mariadb://127.0.0.1:3306/");
        String database = System.getProperty("bench.db", "minicrm_camp_bench");
        String vhost = System.getProperty("bench.vhost", "camp");
        Path appJar = Path.of(System.getProperty("bench.app", "bootstrap/target/quarkus-app/quarkus-run.jar"));

        recreate(server, database);
        Process app = start(appJar, port, server + database, vhost);
        try {
            String base = "http://127.0.0.1:" + port;
            awaitReady(base);
            try (Connection db = DriverManager.getConnection(server + database, "crm", "crm")) {
                seed(db, "warm-", "Warmpur", warmUpCustomers);
                seed(db, "bench-", "Benchpur", customers);
                System.out.printf(Locale.ROOT, "seeded %,d customers to warm up with and %,d to measure%n", warmUpCustomers, customers);
                System.out.println("warm-up campaign (the first after start: cold JVM)");
                Delivery warmUp = runCampaign(base, "Warmpur", warmUpCustomers);
                System.out.println("measured campaign");
                String before = loadAverage();
                Delivery delivery = runCampaign(base, "Benchpur", customers);
                String after = loadAverage();
                double floor = floor(db, delivery.campaignId());
                System.out.printf(Locale.ROOT, "load average (1 min) before / after the campaign: %s / %s%n", before, after);
                return new Run(warmUp.messagesPerSecond(), delivery.launchSeconds(), delivery.endToEndSeconds(),
                        delivery.messagesPerSecond(), floor, before, after);
            }
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /** The machine is shared, so every figure is reported with the load it was measured under. */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static Delivery runCampaign(String base, String city, int customers) throws Exception {
        String body = "{\"name\":\"Bench\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\","
                + "\"value\":\"" + city + "\"}]},\"template\":\"Hi {{first_name|there}}, here's 10% off on your next order!\","
                + "\"channel\":\"SMS\"}";
        long start = System.nanoTime();
        HttpResponse<String> created = HTTP.send(request(base + "/api/v1/campaigns")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("launch failed: " + created.statusCode() + " " + created.body());
        }
        long launched = System.nanoTime();
        long id = JSON.readTree(created.body()).get("id").asLong();
        JsonNode campaign;
        do {
            // The campaign completes asynchronously; a 100 ms poll bounds the timing error.
            Thread.sleep(100);
            campaign = JSON.readTree(HTTP.send(request(base + "/api/v1/campaigns/" + id).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } while (!"COMPLETED".equals(campaign.get("status").asText()) && System.nanoTime() - start < Duration.ofMinutes(15).toNanos());
        double seconds = (System.nanoTime() - start) / 1e9;
        int audience = campaign.get("audienceSize").asInt();
        System.out.printf(Locale.ROOT, "campaign %d: status %s, audience %,d, sent %,d, failed %,d, pending %,d%n", id,
                campaign.get("status").asText(), audience, campaign.get("sent").asInt(), campaign.get("failed").asInt(),
                campaign.get("pending").asInt());
        System.out.printf(Locale.ROOT, "launch answered after %.2f s (first chunk frozen and queued; the rest of the %,d freezes in the background)%n",
                (launched - start) / 1e9, audience);
        System.out.printf(Locale.ROOT, "end to end: %.2f s, %,.0f messages/s%n", seconds, audience / seconds);
        if (audience != customers || !"COMPLETED".equals(campaign.get("status").asText())) {
            throw new IllegalStateException("audience " + audience + " != " + customers + " or not completed");
        }
        return new Delivery(id, (launched - start) / 1e9, seconds, audience / seconds);
    }

    /** Plain JDBC, 1,000 rows per UPDATE joined to a derived table of bound rows, one commit per statement. */
    private static double floor(Connection db, long campaignId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT id FROM communication_log WHERE campaign_id = ? ORDER BY id")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        int batch = 1000;
        StringBuilder derived = new StringBuilder("SELECT CAST(? AS SIGNED) id, CAST(? AS DATETIME(6)) at");
        for (int i = 1; i < batch; i++) {
            derived.append(" UNION ALL SELECT CAST(? AS SIGNED), CAST(? AS DATETIME(6))");
        }
        String sql = "UPDATE communication_log l JOIN (" + derived + ") r ON r.id = l.id SET l.sent_at = r.at, l.updated_at = r.at";
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long start = System.nanoTime();
        int updated = 0;
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int from = 0; from + batch <= ids.size(); from += batch) {
                int p = 1;
                for (int i = from; i < from + batch; i++) {
                    st.setLong(p++, ids.get(i));
                    st.setObject(p++, now.plusNanos(i * 1000L));
                }
                updated += st.executeUpdate();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "floor: %,d rows in 1,000-row UPDATEs in %.2f s, %,.0f rows/s%n", updated, seconds, updated / seconds);
        return updated / seconds;
    }

    static void recreate(String server, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(server, "crm", "crm"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database);
            st.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static Process start(Path appJar, int port, String jdbcUrl, String vhost) throws Exception {
        return start(appJar, port, jdbcUrl, vhost, List.of());
    }

    /** Starts the app with {@code extra} system properties added to the usual ones. */
    static Process start(Path appJar, int port, String jdbcUrl, String vhost, List<String> extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Drabbitmq-virtual-host=" + vhost,
                "-Dcrm.vendor.rate-per-second=0",
                // A benchmark measures sending, whatever the hour in Kolkata: no quiet hours.
                "-Dcrm.consent.sending-hours=00:00-00:00",
                // STOP replies would withdraw queued messages and change what is measured.
                "-Dcrm.simulator.stop-reply-probability=0",
                "-Dcrm.simulator.min-latency=20ms",
                "-Dcrm.simulator.max-latency=100ms",
                "-Dquarkus.log.level=WARN"));
        command.addAll(extra);
        for (String tuning : System.getProperty("bench.app-options", "").split(" ")) {
            if (!tuning.isBlank()) {
                command.add(tuning);
            }
        }
        command.addAll(List.of("-jar", appJar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target/bench-app.log"));
        builder.environment().put("CRM_BOOTSTRAP_API_KEY", KEY);
        builder.environment().put("CRM_BOOTSTRAP_API_KEY_SCOPES", "ingest,read,manage");
        return builder.start();
    }

    static void awaitReady(String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(request(base + "/api/v1/campaigns").GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // The app is still starting; try again shortly.
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the app did not start; see target/bench-app.log");
    }

    /** {@code count} customers in {@code city}, external ids {@code prefix}0.. (a multiple of 2,000 is seeded exactly). */
    static void seed(Connection db, String prefix, String city, int count) throws SQLException {
        int chunk = 2000;
        StringBuilder sql = new StringBuilder("INSERT INTO customer (external_id, name, phone, city, total_spend, visits,"
                + " created_at, updated_at) VALUES ");
        for (int i = 0; i < chunk; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement st = db.prepareStatement(sql.toString())) {
            for (int from = 0; from < count; from += chunk) {
                int p = 1;
                for (int i = from; i < from + chunk; i++) {
                    st.setString(p++, prefix + i);
                    st.setString(p++, "Customer" + i + " Bench");
                    st.setString(p++, "+91" + (9_000_000_000L + i));
                    st.setString(p++, city);
                    st.setBigDecimal(p++, java.math.BigDecimal.valueOf(i % 5000));
                    st.setInt(p++, i % 10);
                    st.setObject(p++, now);
                    st.setObject(p++, now);
                }
                st.executeUpdate();
            }
        }
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + KEY)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5));
    }
}
