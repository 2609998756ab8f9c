package com.minicrm.bootstrap.segment;

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

/**
 * Customers written straight into MariaDB for segment tests. They all live in one made-up city,
 * so a rule that also asks for that city sees only them, whatever other tests stored.
 */
final class SeededCustomers implements AutoCloseable {
    final String city = "Segtown-" + UUID.randomUUID().toString().substring(0, 8);
    private final DataSource dataSource;

    SeededCustomers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds a customer; {@code daysSinceLastOrder} null means the customer never ordered. */
    long add(String name, String spend, int visits, Integer daysSinceLastOrder, int daysSinceSignup, String... tags)
            throws SQLException {
        Instant now = Instant.now();
        LocalDateTime lastOrder = daysSinceLastOrder == null ? null : utc(now.minus(Duration.ofDays(daysSinceLastOrder)));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO customer (external_id, name, email, city,"
                        + " signup_at, placeholder, total_spend, visits, avg_order_value, first_order_at, last_order_at,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, city + "-" + name);
            insert.setString(2, name);
            insert.setString(3, name.toLowerCase() + "@example.in");
            insert.setString(4, city);
            insert.setObject(5, utc(now.minus(Duration.ofDays(daysSinceSignup))));
            insert.setBigDecimal(6, new BigDecimal(spend));
            insert.setInt(7, visits);
            insert.setBigDecimal(8, visits == 0 ? BigDecimal.ZERO : new BigDecimal(spend).divide(BigDecimal.valueOf(visits), 2, java.math.RoundingMode.HALF_UP));
            insert.setObject(9, lastOrder);
            insert.setObject(10, lastOrder);
            insert.setObject(11, utc(now.minus(Duration.ofDays(daysSinceSignup))));
            insert.setObject(12, utc(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                for (String tag : tags) {
                    try (PreparedStatement tagInsert = connection.prepareStatement("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)")) {
                        tagInsert.setLong(1, id);
                        tagInsert.setString(2, tag);
                        tagInsert.executeUpdate();
                    }
                }
                return id;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM customer WHERE city = ?")) {
            delete.setString(1, city);
            delete.executeUpdate();
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
