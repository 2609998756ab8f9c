package com.minicrm.bootstrap.ai;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/** Customers and orders written straight into MariaDB for the AI tests, all in one made-up city. */
final class AiCustomers {
    final String city = "Aitown-" + UUID.randomUUID().toString().substring(0, 8);
    private final DataSource dataSource;

    AiCustomers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long add(String name, String spend, int visits, long inactiveDays, String... tags) throws SQLException {
        Instant lastActive = Instant.now().minus(Duration.ofDays(inactiveDays)).minus(Duration.ofHours(1));
        BigDecimal total = new BigDecimal(spend);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("INSERT INTO customer (external_id, name, email, phone, city, signup_at,"
                        + " total_spend, visits, avg_order_value, first_order_at, last_order_at, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            LocalDateTime active = utc(lastActive);
            st.setString(1, city + "-" + name);
            st.setString(2, name + " Test");
            st.setString(3, name.toLowerCase() + "@example.in");
            st.setString(4, "+919800000000");
            st.setString(5, city);
            st.setObject(6, utc(lastActive.minus(Duration.ofDays(400))));
            st.setBigDecimal(7, total);
            st.setInt(8, visits);
            st.setBigDecimal(9, visits == 0 ? BigDecimal.ZERO : total.divide(BigDecimal.valueOf(visits), 2, java.math.RoundingMode.HALF_UP));
            st.setObject(10, visits == 0 ? null : active);
            st.setObject(11, visits == 0 ? null : active);
            st.setObject(12, active);
            st.setObject(13, active);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                for (String tag : tags) {
                    try (PreparedStatement t = c.prepareStatement("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)")) {
                        t.setLong(1, id);
                        t.setString(2, tag);
                        t.executeUpdate();
                    }
                }
                return id;
            }
        }
    }

    void order(long customerId, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("INSERT INTO customer_order (external_id, customer_id, amount, ordered_at,"
                        + " created_at) VALUES (?, ?, 100, ?, ?)")) {
            st.setString(1, city + "-o-" + UUID.randomUUID());
            st.setLong(2, customerId);
            st.setObject(3, utc(at));
            st.setObject(4, utc(Instant.now()));
            st.executeUpdate();
        }
    }

    String cityRule() {
        return "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"" + city + "\"}]}";
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
