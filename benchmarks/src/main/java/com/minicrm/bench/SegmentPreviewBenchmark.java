package com.minicrm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times segment preview through the running app's HTTP API against a hand-written
 * {@code SELECT COUNT(*)} with the same predicate over JDBC, interleaved, on 1,000,000 customers.
 * Arguments come from the environment: BENCH_API (base URL), BENCH_API_KEY, BENCH_DB_URL,
 * BENCH_CUSTOMERS, BENCH_REPETITIONS.
 */
public final class SegmentPreviewBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Shape> SHAPES = List.of(
            new Shape("seed: spend>10k AND visits<3 OR inactive>=90d", """
                    {"combinator":"or","rules":[{"combinator":"and","rules":[
                      {"field":"total_spend","operator":">","value":10000},{"field":"visits","operator":"<","value":3}]},
                      {"field":"inactive_days","operator":">=","value":90}]}""",
                    "(total_spend > 10000 AND visits < 3) OR last_active_at <= UTC_TIMESTAMP(6) - INTERVAL 90 DAY"),
            new Shape("single range: spend between 5k and 20k", """
                    {"combinator":"and","rules":[{"field":"total_spend","operator":"between","value":[5000,20000]}]}""",
                    "total_spend BETWEEN 5000 AND 20000"),
            new Shape("city in (Pune, Jaipur, Kochi)", """
                    {"combinator":"and","rules":[{"field":"city","operator":"in","value":["Pune","Jaipur","Kochi"]}]}""",
                    "city IN ('Pune', 'Jaipur', 'Kochi')"),
            new Shape("tags contains vip", """
                    {"combinator":"and","rules":[{"field":"tags","operator":"contains","value":"vip"}]}""",
                    "EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = customer.id AND t.tag = 'vip')"),
            new Shape("deep nested group (5 levels)", """
                    {"combinator":"and","rules":[{"field":"visits","operator":">=","value":2},
                      {"combinator":"or","rules":[{"field":"city","operator":"in","value":["Mumbai","Delhi"]},
                        {"combinator":"and","rules":[{"field":"total_spend","operator":">","value":20000},
                          {"combinator":"or","rules":[{"field":"tags","operator":"contains","value":"festive-buyer"},
                            {"combinator":"and","rules":[{"field":"inactive_days","operator":"<","value":30},
                              {"field":"avg_order_value","operator":">=","value":3000}]}]}]}]}]}""",
                    "visits >= 2 AND (city IN ('Mumbai', 'Delhi') OR (total_spend > 20000 AND ("
                            + "EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = customer.id AND t.tag = 'festive-buyer')"
                            + " OR (last_active_at > UTC_TIMESTAMP(6) - INTERVAL 30 DAY AND avg_order_value >= 3000))))"),
            new Shape("NOT (city in (Mumbai, Delhi) OR visits > 3)", """
                    {"combinator":"or","not":true,"rules":[{"field":"city","operator":"in","value":["Mumbai","Delhi"]},
                      {"field":"visits","operator":">","value":3}]}""",
                    "(city IS NULL OR city NOT IN ('Mumbai', 'Delhi')) AND visits <= 3"),
            new Shape("last order in a date range", """
                    {"combinator":"and","rules":[{"field":"last_order_at","operator":"between","value":["2025-01-01","2025-03-31"]}]}""",
                    "last_order_at >= '2025-01-01' AND last_order_at < '2025-04-01'"));

    private SegmentPreviewBenchmark() {}

    public static void main(String[] args) throws Exception {
        String api = env("BENCH_API", "http://127.0.0.1:8080");
        String key = env("BENCH_API_KEY", "");
        String dbUrl = env("BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/minicrm_bench");
        int customers = Integer.parseInt(env("BENCH_CUSTOMERS", "1000000"));
        int repetitions = Integer.parseInt(env("BENCH_REPETITIONS", "9"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (Connection connection = DriverManager.getConnection(dbUrl, env("BENCH_DB_USER", "crm"), env("BENCH_DB_PASSWORD", "crm"))) {
            new CustomerLoader().loadUnlessPresent(connection, customers);
            printMachine(connection);
            System.out.printf("%-48s %12s %12s %12s %7s %s%n", "shape", "audience", "preview ms", "SQL ms", "ratio", "");
            for (Shape shape : SHAPES) {
                measure(shape, http, api, key, connection, repetitions);
            }
            System.out.println("load average after: " + loadAverage());
        }
    }

    private static void measure(Shape shape, HttpClient http, String api, String key, Connection connection, int repetitions)
            throws IOException, InterruptedException, SQLException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/api/v1/segments/preview"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"rule\":" + shape.ruleJson() + "}"))
                .build();
        String sql = "SELECT COUNT(*) FROM customer WHERE " + shape.handWrittenWhere();
        long previewCount = preview(http, request);
        long sqlCount = count(connection, sql);
        List<Double> previewMs = new ArrayList<>();
        List<Double> sqlMs = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            long started = System.nanoTime();
            preview(http, request);
            previewMs.add((System.nanoTime() - started) / 1e6);
            started = System.nanoTime();
            count(connection, sql);
            sqlMs.add((System.nanoTime() - started) / 1e6);
        }
        double preview = median(previewMs);
        double floor = median(sqlMs);
        // Relative-day shapes can differ by a row or two: "now" moves between the two queries.
        System.out.printf("%-48s %,12d %12.1f %12.1f %6.2fx %s%n", shape.name(), previewCount, preview, floor, preview / floor,
                previewCount == sqlCount ? "" : "(hand-written SQL counted " + sqlCount + ")");
    }

    private static long preview(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("preview answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return body.get("audienceSize").asLong();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void printMachine(Connection connection) throws SQLException {
        long ramBytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
            rows.next();
            System.out.printf("machine: %d cores, %.1f GiB RAM; MariaDB %s, buffer pool %d MiB; load average %s%n",
                    Runtime.getRuntime().availableProcessors(), ramBytes / 1024.0 / 1024 / 1024, rows.getString(1),
                    rows.getLong(2) / 1024 / 1024, loadAverage());
        }
    }

    /** Other work on the machine skews every figure, so the report says how busy it was. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
