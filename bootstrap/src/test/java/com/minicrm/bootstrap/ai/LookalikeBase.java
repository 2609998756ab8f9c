package com.minicrm.bootstrap.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * A generated base for the lookalike tests, {@code -Dlookalike.base} customers (10,000 unless set;
 * 100,000 to time it) and at least 30 times the customers other tests left, so each seed keeps
 * ten times as many others even if all of those fall in it. It is written before the tests and
 * removed after them so other tests' audiences never include it: order values log-normal, visits 1–15, days since last activity exponential
 * with a 30-day mean (about 5% at 90 days or more), made-up cities of which {@value #SMALL_CITY}
 * holds about 4%, and about 3% tagged {@value #TAG}.
 */
final class LookalikeBase {
    static final int SIZE = Integer.getInteger("lookalike.base", 10_000);
    private static final int OTHERS_FACTOR = 30;
    static final String PREFIX = "lkb-";
    static final String TAG = "lkbloyal";
    static final String SMALL_CITY = "Lkb-Nagpur";
    private static final List<String> CITIES = List.of("Lkb-Mumbai", "Lkb-Delhi", "Lkb-Bengaluru", "Lkb-Hyderabad", "Lkb-Chennai",
            "Lkb-Kolkata", "Lkb-Pune", "Lkb-Ahmedabad", "Lkb-Jaipur", "Lkb-Lucknow");
    private static final int BATCH = 2_000;

    private LookalikeBase() {}

    static void create(DataSource dataSource) throws SQLException {
        remove(dataSource);
        try (Connection c = dataSource.getConnection()) {
            long size = Math.max(SIZE, OTHERS_FACTOR * existing(c));
            Random random = new Random(20261207);
            Instant now = Instant.now();
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO customer (external_id, name, city, signup_at, total_spend,"
                    + " visits, avg_order_value, first_order_at, last_order_at, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < size; i++) {
                    int visits = 1 + random.nextInt(15);
                    BigDecimal aov = BigDecimal.valueOf(Math.exp(6.5 + 0.6 * random.nextGaussian())).setScale(2, RoundingMode.HALF_UP);
                    long minutes = (long) (-Math.log(1 - random.nextDouble()) * 30 * 24 * 60);
                    LocalDateTime active = LocalDateTime.ofInstant(now.minus(Duration.ofMinutes(minutes)), ZoneOffset.UTC);
                    double pick = random.nextDouble();
                    String city = pick < 0.04 ? SMALL_CITY : CITIES.get((int) ((pick - 0.04) / 0.96 * CITIES.size()));
                    st.setString(1, PREFIX + i);
                    st.setString(2, "Base " + i);
                    st.setString(3, city);
                    st.setObject(4, active.minusDays(300));
                    st.setBigDecimal(5, aov.multiply(BigDecimal.valueOf(visits)));
                    st.setInt(6, visits);
                    st.setBigDecimal(7, aov);
                    st.setObject(8, active.minusDays(200));
                    st.setObject(9, active);
                    st.setObject(10, active.minusDays(300));
                    st.setObject(11, active);
                    st.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        st.executeBatch();
                    }
                }
                st.executeBatch();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO customer_tag (customer_id, tag) SELECT id, ? FROM customer"
                    + " WHERE external_id LIKE ? AND MOD(id, 33) = 0")) {
                st.setString(1, TAG);
                st.setString(2, PREFIX + "%");
                st.executeUpdate();
            }
            c.commit();
        }
    }

    private static long existing(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM customer"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Removes the base; its tags go with it (ON DELETE CASCADE), and it has no orders or messages. */
    static void remove(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("DELETE FROM customer WHERE external_id LIKE ?")) {
            st.setString(1, PREFIX + "%");
            st.executeUpdate();
        }
    }
}
