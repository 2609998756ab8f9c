package com.minicrm.bootstrap.ai;

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
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Customers whose lookalikes no rule describes: fifty seed customers (tagged {@link #tag}) at the
 * base's mean log spend and log order value; the nearest fifty outside the seed on those two axes
 * around them, 0.3 spreads out; and two hundred in the corners between the axes, a little farther,
 * where every box holding the nearest fifty also reaches. A background of random customers in a
 * city of its own comes first, so the spreads the steps are measured in do not rest on the pattern.
 */
public final class PlusShapedNeighbourhood {
    public final String city = "Plusville-" + UUID.randomUUID().toString().substring(0, 8);
    public final String tag = "plus" + city.substring(10).toLowerCase();
    private final String backgroundCity = city + "-bg";
    private final DataSource dataSource;

    private PlusShapedNeighbourhood(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static PlusShapedNeighbourhood create(DataSource dataSource) throws SQLException {
        PlusShapedNeighbourhood plus = new PlusShapedNeighbourhood(dataSource);
        plus.fill();
        return plus;
    }

    /** The seed rule, as the API takes it. */
    public String seedRule() {
        return "{\"combinator\":\"and\",\"rules\":[{\"field\":\"tags\",\"operator\":\"contains\",\"value\":\"" + tag + "\"}]}";
    }

    /** Removes every customer it wrote; only possible while no campaign has messaged the seed. */
    public void remove() throws SQLException {
        delete("DELETE FROM customer WHERE city IN (?, ?)");
    }

    /** Removes all but the seed, which a campaign may be messaging. */
    public void removeAllButSeed() throws SQLException {
        delete("DELETE FROM customer WHERE city IN (?, ?) AND id NOT IN (SELECT customer_id FROM customer_tag WHERE tag = ?)");
    }

    private void delete(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, city);
            st.setString(2, backgroundCity);
            if (sql.contains("tag = ?")) {
                st.setString(3, tag);
            }
            st.executeUpdate();
        }
    }

    private void fill() throws SQLException {
        Random random = new Random(5);
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < 1000; i++) {
                insert(c, backgroundCity, "Bg" + i, 6.5 + 0.6 * random.nextGaussian() + Math.log(1 + random.nextInt(15)),
                        6.5 + 0.6 * random.nextGaussian(), null);
            }
            double[] stats = stats(c);
            double spendStep = 0.3 * stats[1];
            double aovStep = 0.3 * stats[3];
            for (int i = 0; i < 50; i++) {
                insert(c, city, "Seed" + i, stats[0], stats[2], tag);
            }
            for (int i = 0; i < 13; i++) {
                insert(c, city, "SpendUp" + i, stats[0] + spendStep, stats[2], null);
                insert(c, city, "SpendDown" + i, stats[0] - spendStep, stats[2], null);
                insert(c, city, "AovUp" + i, stats[0], stats[2] + aovStep, null);
                insert(c, city, "AovDown" + i, stats[0], stats[2] - aovStep, null);
            }
            for (int i = 0; i < 50; i++) {
                for (int corner = 0; corner < 4; corner++) {
                    double s = (corner < 2 ? 0.85 : -0.85) * spendStep;
                    double a = (corner % 2 == 0 ? 0.85 : -0.85) * aovStep;
                    insert(c, city, "Corner" + corner + "-" + i, stats[0] + s, stats[2] + a, null);
                }
            }
        }
    }

    /** Mean and spread of log spend, then of log order value, over every customer. */
    private static double[] stats(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT AVG(LN(1 + total_spend)), STDDEV_POP(LN(1 + total_spend)),"
                        + " AVG(LN(1 + avg_order_value)), STDDEV_POP(LN(1 + avg_order_value)) FROM customer");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
        }
    }

    /** A customer with the given log spend and log order value, 10 visits, 100 days inactive. */
    private static void insert(Connection c, String city, String name, double logSpend, double logAov, String tag) throws SQLException {
        LocalDateTime active = LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(100)).minus(Duration.ofHours(1)),
                ZoneOffset.UTC);
        try (PreparedStatement st = c.prepareStatement("INSERT INTO customer (external_id, name, city, phone, total_spend, visits,"
                + " avg_order_value, last_order_at, created_at, updated_at) VALUES (?, ?, ?, '+919800000000', ?, 10, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, city + "-" + name);
            st.setString(2, name + " Test");
            st.setString(3, city);
            st.setBigDecimal(4, BigDecimal.valueOf(Math.expm1(logSpend)).setScale(2, RoundingMode.HALF_UP));
            st.setBigDecimal(5, BigDecimal.valueOf(Math.expm1(logAov)).setScale(2, RoundingMode.HALF_UP));
            st.setObject(6, active);
            st.setObject(7, active);
            st.setObject(8, active);
            st.executeUpdate();
            if (tag != null) {
                try (ResultSet keys = st.getGeneratedKeys();
                        PreparedStatement t = c.prepareStatement("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)")) {
                    keys.next();
                    t.setLong(1, keys.getLong(1));
                    t.setString(2, tag);
                    t.executeUpdate();
                }
            }
        }
    }
}
