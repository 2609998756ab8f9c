package com.minicrm.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fills the customer table with realistic aggregates: Zipf-like city sizes, log-normal order
 * values, mostly recent activity with a long tail, about 10% who never ordered, and tags that
 * correlate with spend. Seeded, so every run loads the same data.
 */
final class CustomerLoader {
    private static final String[] CITIES = {"Mumbai", "Delhi", "Bengaluru", "Hyderabad", "Ahmedabad", "Chennai", "Kolkata",
        "Pune", "Jaipur", "Surat", "Lucknow", "Kanpur", "Nagpur", "Indore", "Bhopal", "Visakhapatnam", "Patna", "Vadodara",
        "Ludhiana", "Kochi", "Coimbatore", "Chandigarh", "Mysuru", "Guwahati", "Nashik"};
    private static final String[] FIRST = {"Aarav", "Vivaan", "Aditya", "Ananya", "Diya", "Ishaan", "Kavya", "Rohan", "Priya",
        "Saanvi", "Arjun", "Meera", "Vikram", "Neha", "Rahul", "Pooja", "Karthik", "Lakshmi", "Farhan", "Simran"};
    private static final String[] LAST = {"Sharma", "Verma", "Iyer", "Reddy", "Patel", "Nair", "Gupta", "Singh", "Khan",
        "Das", "Menon", "Rao", "Joshi", "Mehta", "Banerjee", "Kulkarni", "Chatterjee", "Pillai", "Bose", "Agarwal"};
    private static final String[] DOMAINS = {"gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "outlook.com", "rediffmail.com"};
    private static final int ROWS_PER_INSERT = 1000;

    private final Random random = new Random(20_250_615L);
    private final double[] cityWeights = new double[CITIES.length];
    private final Instant now = Instant.now();

    CustomerLoader() {
        double total = 0;
        for (int i = 0; i < CITIES.length; i++) {
            total += 1.0 / (i + 1);
            cityWeights[i] = total;
        }
        for (int i = 0; i < CITIES.length; i++) {
            cityWeights[i] /= total;
        }
    }

    /** Loads {@code target} customers unless the table already holds that many. */
    void loadUnlessPresent(Connection connection, int target) throws SQLException {
        long present;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM customer")) {
            rows.next();
            present = rows.getLong(1);
        }
        if (present >= target) {
            System.out.printf("customers already loaded: %,d%n", present);
            return;
        }
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            statement.execute("TRUNCATE TABLE customer_tag");
            statement.execute("TRUNCATE TABLE customer_order");
            statement.execute("TRUNCATE TABLE customer");
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
        connection.setAutoCommit(false);
        String customerSql = "INSERT INTO customer (id, external_id, name, email, phone, city, signup_at, placeholder,"
                + " total_spend, visits, avg_order_value, first_order_at, last_order_at, created_at, updated_at) VALUES "
                + String.join(",", Collections.nCopies(ROWS_PER_INSERT, "(?,?,?,?,?,?,?,FALSE,?,?,?,?,?,?,?)"));
        try (PreparedStatement customers = connection.prepareStatement(customerSql)) {
            for (int batch = 0; batch < target / ROWS_PER_INSERT; batch++) {
                List<Object[]> tags = new ArrayList<>();
                int p = 1;
                for (int row = 0; row < ROWS_PER_INSERT; row++) {
                    p = customer(customers, p, batch * ROWS_PER_INSERT + row + 1, tags);
                }
                customers.executeUpdate();
                insertTags(connection, tags);
                connection.commit();
                if (batch % 100 == 99) {
                    System.out.printf("  loaded %,d customers%n", (batch + 1) * ROWS_PER_INSERT);
                }
            }
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE customer, customer_tag");
        }
        System.out.printf("loaded %,d customers in %d s%n", target, Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private int customer(PreparedStatement s, int p, long id, List<Object[]> tags) throws SQLException {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        Instant signup = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
        boolean ordered = random.nextDouble() >= 0.10;
        int visits = ordered ? 1 + (int) Math.min(60, -Math.log(1 - random.nextDouble()) * 3.5) : 0;
        BigDecimal aov = ordered
                ? BigDecimal.valueOf(Math.min(50_000, Math.max(99, Math.exp(7.1 + 0.8 * random.nextGaussian())))).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(2);
        BigDecimal spend = aov.multiply(BigDecimal.valueOf(visits));
        long sinceSignupMinutes = Duration.between(signup, now).toMinutes();
        long recencyMinutes = Math.min(sinceSignupMinutes, (long) (-Math.log(1 - random.nextDouble()) * 120 * 24 * 60));
        Instant lastOrder = ordered ? now.minus(Duration.ofMinutes(recencyMinutes)) : null;
        Instant firstOrder = ordered ? signup.plus(Duration.ofMinutes((long) ((sinceSignupMinutes - recencyMinutes) * random.nextDouble() * 0.3))) : null;
        s.setLong(p++, id);
        s.setString(p++, "C-" + id);
        s.setString(p++, first + " " + last);
        s.setString(p++, random.nextDouble() < 0.05 ? null
                : (first + "." + last + id % 1000).toLowerCase() + "@" + DOMAINS[random.nextInt(DOMAINS.length)]);
        s.setString(p++, "+91 9" + (100_000_000 + random.nextInt(899_999_999)));
        s.setString(p++, random.nextDouble() < 0.03 ? null : city());
        s.setObject(p++, utc(signup));
        s.setBigDecimal(p++, spend);
        s.setInt(p++, visits);
        s.setBigDecimal(p++, aov);
        s.setObject(p++, utc(firstOrder));
        s.setObject(p++, utc(lastOrder));
        s.setObject(p++, utc(signup));
        s.setObject(p++, utc(lastOrder == null ? signup : lastOrder));
        addTags(id, spend.doubleValue(), lastOrder, tags);
        return p;
    }

    private void addTags(long id, double spend, Instant lastOrder, List<Object[]> tags) {
        if (random.nextDouble() < (spend > 20_000 ? 0.35 : 0.02)) {
            tags.add(new Object[] {id, "vip"});
        }
        if (random.nextDouble() < 0.40) {
            tags.add(new Object[] {id, "newsletter"});
        }
        if (lastOrder != null && lastOrder.isBefore(now.minus(Duration.ofDays(60))) && random.nextDouble() < 0.5) {
            tags.add(new Object[] {id, "churn-risk"});
        }
        if (random.nextDouble() < 0.25) {
            tags.add(new Object[] {id, "app-user"});
        }
        if (random.nextDouble() < 0.15) {
            tags.add(new Object[] {id, "festive-buyer"});
        }
        if (random.nextDouble() < 0.02) {
            tags.add(new Object[] {id, "wholesale"});
        }
    }

    private static void insertTags(Connection connection, List<Object[]> tags) throws SQLException {
        if (tags.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO customer_tag (customer_id, tag) VALUES " + String.join(",", Collections.nCopies(tags.size(), "(?,?)"));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            for (Object[] tag : tags) {
                statement.setLong(p++, (Long) tag[0]);
                statement.setString(p++, (String) tag[1]);
            }
            statement.executeUpdate();
        }
    }

    private String city() {
        double r = random.nextDouble();
        for (int i = 0; i < CITIES.length; i++) {
            if (r <= cityWeights[i]) {
                return CITIES[i];
            }
        }
        return CITIES[CITIES.length - 1];
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
