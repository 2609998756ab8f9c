package com.minicrm.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pushes customers and orders through the running CRM's batch API with concurrent clients and
 * times until the last row is in MariaDB; in the same run, writes the same rows with plain
 * multi-row JDBC upserts (the floor) and prints both rates, their medians and the ratio.
 */
public final class IngestionBenchmark {
    private static final int BATCH = 1000;

    private final String api = env("BENCH_API", "http://127.0.0.1:8089");
    private final String key = env("BENCH_KEY", "bench-key");
    private final String dbUrl = env("BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/minicrm_bench_ingest");
    private final int customers = Integer.parseInt(env("BENCH_CUSTOMERS", "200000"));
    private final int orders = Integer.parseInt(env("BENCH_ORDERS", "600000"));
    private final int clients = Integer.parseInt(env("BENCH_CLIENTS", "8"));
    private final int runs = Integer.parseInt(env("BENCH_RUNS", "3"));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        new IngestionBenchmark().run();
    }

    private void run() throws Exception {
        System.out.printf("Ingestion benchmark: %,d customers + %,d orders, %d API clients, %d runs%nMachine: %s%n",
                customers, orders, clients, runs, Stats.machine());
        double[] apiRates = new double[runs];
        double[] rawRates = new double[runs];
        for (int r = 0; r < runs; r++) {
            truncate();
            rawRates[r] = rawJdbc("raw" + r);
            truncate();
            apiRates[r] = throughApi("api" + r);
            System.out.printf("run %d: API end-to-end %,.0f rows/s, raw JDBC %,.0f rows/s, ratio %.2f%n",
                    r + 1, apiRates[r], rawRates[r], apiRates[r] / rawRates[r]);
        }
        double api = Stats.median(apiRates);
        double raw = Stats.median(rawRates);
        System.out.printf("%nMEDIAN  API end-to-end: %,.0f rows/s | raw JDBC multi-row upserts: %,.0f rows/s | ratio %.2f (target >= 0.5)%n",
                api, raw, api / raw);
    }

    private double throughApi(String run) throws Exception {
        ConcurrentLinkedQueue<String[]> requests = new ConcurrentLinkedQueue<>();
        for (int from = 0; from < customers; from += BATCH) {
            requests.add(new String[] {"/api/v1/customers/batch", customerBatch(run, from, Math.min(customers, from + BATCH))});
        }
        for (int from = 0; from < orders; from += BATCH) {
            requests.add(new String[] {"/api/v1/orders/batch", orderBatch(run, from, Math.min(orders, from + BATCH))});
        }
        AtomicInteger retries = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                String[] request;
                while ((request = requests.poll()) != null) {
                    send(request[0], request[1], retries);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double acceptedSeconds = (System.nanoTime() - start) / 1e9;
        waitUntilStored();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  API: all accepted after %.1f s, all stored after %.1f s (%d retries)%n", acceptedSeconds, seconds, retries.get());
        return (customers + orders) / seconds;
    }

    private void send(String path, String body, AtomicInteger retries) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        while (true) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 202) {
                return;
            }
            if (response.statusCode() != 503) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            retries.incrementAndGet();
        }
    }

    private void waitUntilStored() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rows = statement.executeQuery(
                        "SELECT (SELECT COUNT(*) FROM customer WHERE NOT placeholder), (SELECT COUNT(*) FROM customer_order)")) {
                    rows.next();
                    if (rows.getLong(1) >= customers && rows.getLong(2) >= orders) {
                        return;
                    }
                }
                // Polling the tables is the only way to see the asynchronous writer finish; 50 ms bounds the timing error.
                Thread.sleep(50);
            }
        }
    }

    private double rawJdbc(String run) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            for (int from = 0; from < customers; from += BATCH) {
                List<BenchData.Customer> chunk = new ArrayList<>();
                for (int i = from; i < Math.min(customers, from + BATCH); i++) {
                    chunk.add(BenchData.customer(run, i));
                }
                rawCustomers(connection, chunk);
                connection.commit();
            }
            for (int from = 0; from < orders; from += BATCH) {
                List<BenchData.Order> chunk = new ArrayList<>();
                for (int i = from; i < Math.min(orders, from + BATCH); i++) {
                    chunk.add(BenchData.order(run, i, customers));
                }
                rawOrders(connection, chunk);
                connection.commit();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  raw JDBC: %.1f s%n", seconds);
        return (customers + orders) / seconds;
    }

    private static void rawCustomers(Connection connection, List<BenchData.Customer> chunk) throws SQLException {
        String sql = "INSERT INTO customer (external_id, name, email, city, signup_at, placeholder, created_at, updated_at) VALUES "
                + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?,?,?,FALSE,?,?)"))
                + " ON DUPLICATE KEY UPDATE name = VALUES(name), email = VALUES(email), city = VALUES(city), updated_at = VALUES(updated_at)";
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            for (BenchData.Customer c : chunk) {
                statement.setString(p++, c.externalId());
                statement.setString(p++, c.name());
                statement.setString(p++, c.email());
                statement.setString(p++, c.city());
                statement.setObject(p++, LocalDateTime.ofInstant(c.signupAt(), ZoneOffset.UTC));
                statement.setObject(p++, now);
                statement.setObject(p++, now);
            }
            statement.executeUpdate();
        }
        List<Object[]> tags = new ArrayList<>();
        Map<String, Long> ids = ids(connection, chunk.stream().map(BenchData.Customer::externalId).toList());
        chunk.forEach(c -> c.tags().forEach(t -> tags.add(new Object[] {ids.get(c.externalId()), t})));
        if (!tags.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement("INSERT IGNORE INTO customer_tag (customer_id, tag) VALUES "
                    + String.join(",", Collections.nCopies(tags.size(), "(?,?)")))) {
                int p = 1;
                for (Object[] tag : tags) {
                    statement.setLong(p++, (Long) tag[0]);
                    statement.setString(p++, (String) tag[1]);
                }
                statement.executeUpdate();
            }
        }
    }

    private static void rawOrders(Connection connection, List<BenchData.Order> chunk) throws SQLException {
        Set<String> owners = new LinkedHashSet<>();
        chunk.forEach(o -> owners.add(o.customerExternalId()));
        Map<String, Long> ids = ids(connection, List.copyOf(owners));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO customer_order (external_id, customer_id, amount, ordered_at, created_at) VALUES "
                        + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?,?,?)"))
                        + " ON DUPLICATE KEY UPDATE external_id = external_id")) {
            int p = 1;
            for (BenchData.Order o : chunk) {
                statement.setString(p++, o.externalId());
                statement.setLong(p++, ids.get(o.customerExternalId()));
                statement.setBigDecimal(p++, o.amount());
                statement.setObject(p++, LocalDateTime.ofInstant(o.orderedAt(), ZoneOffset.UTC));
                statement.setObject(p++, now);
            }
            statement.executeUpdate();
        }
        List<Long> customerIds = List.copyOf(ids.values());
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE customer c SET c.total_spend = (SELECT SUM(amount) FROM customer_order o WHERE o.customer_id = c.id),"
                        + " c.visits = (SELECT COUNT(*) FROM customer_order o WHERE o.customer_id = c.id),"
                        + " c.first_order_at = (SELECT MIN(ordered_at) FROM customer_order o WHERE o.customer_id = c.id),"
                        + " c.last_order_at = (SELECT MAX(ordered_at) FROM customer_order o WHERE o.customer_id = c.id),"
                        + " c.avg_order_value = ROUND(c.total_spend / c.visits, 2)"
                        + " WHERE c.id IN (" + String.join(",", Collections.nCopies(customerIds.size(), "?")) + ")")) {
            for (int i = 0; i < customerIds.size(); i++) {
                statement.setLong(i + 1, customerIds.get(i));
            }
            statement.executeUpdate();
        }
    }

    private static Map<String, Long> ids(Connection connection, List<String> externalIds) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, external_id FROM customer WHERE external_id IN ("
                + String.join(",", Collections.nCopies(externalIds.size(), "?")) + ")")) {
            for (int i = 0; i < externalIds.size(); i++) {
                statement.setString(i + 1, externalIds.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private String customerBatch(String run, int from, int to) {
        StringBuilder json = new StringBuilder("{\"customers\":[");
        for (int i = from; i < to; i++) {
            BenchData.Customer c = BenchData.customer(run, i);
            json.append(i > from ? "," : "")
                    .append("{\"externalId\":\"").append(c.externalId())
                    .append("\",\"name\":\"").append(c.name())
                    .append("\",\"email\":\"").append(c.email())
                    .append("\",\"city\":\"").append(c.city())
                    .append("\",\"signupAt\":\"").append(c.signupAt())
                    .append("\",\"tags\":[").append(c.tags().isEmpty() ? "" : "\"" + c.tags().get(0) + "\"").append("]}");
        }
        return json.append("]}").toString();
    }

    private String orderBatch(String run, int from, int to) {
        StringBuilder json = new StringBuilder("{\"orders\":[");
        for (int i = from; i < to; i++) {
            BenchData.Order o = BenchData.order(run, i, customers);
            json.append(i > from ? "," : "")
                    .append("{\"externalId\":\"").append(o.externalId())
                    .append("\",\"customerExternalId\":\"").append(o.customerExternalId())
                    .append("\",\"amount\":").append(o.amount().toPlainString())
                    .append(",\"orderedAt\":\"").append(o.orderedAt()).append("\"}");
        }
        return json.append("]}").toString();
    }

    private void truncate() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : List.of("customer_tag", "customer_order", "customer")) {
                statement.execute("TRUNCATE TABLE " + table);
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, env("BENCH_DB_USER", "crm"), env("BENCH_DB_PASSWORD", "crm"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
