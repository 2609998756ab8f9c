package com.minicrm.bootstrap.web;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Customers for the builder's browser tests, written straight into MariaDB in a city of their own:
 * who matches the journey's rule depends only on spend, order count and days since the last order.
 */
final class BuilderCustomers {
    final String city = "Buildpur-" + UUID.randomUUID().toString().substring(0, 8);
    private final DataSource dataSource;
    private int next;

    BuilderCustomers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A customer with a phone, {@code orders} orders worth {@code spend} in all, the last one {@code daysAgo} days back. */
    String add(String name, long spend, int orders, int daysAgo, String tag) throws SQLException {
        String externalId = city + "-" + (next++);
        LocalDateTime lastOrder = LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(daysAgo)), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement customer = connection.prepareStatement("INSERT INTO customer (external_id, name, phone,"
                        + " email, city, signup_at, total_spend, visits, avg_order_value, first_order_at, last_order_at,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement tags = connection.prepareStatement("INSERT INTO customer_tag (customer_id, tag)"
                        + " SELECT id, ? FROM customer WHERE external_id = ?")) {
            customer.setString(1, externalId);
            customer.setString(2, name);
            customer.setString(3, "+91 98" + String.format("%08d", Math.abs(externalId.hashCode()) % 100_000_000));
            customer.setString(4, name.toLowerCase().replace(' ', '.') + "@example.in");
            customer.setString(5, city);
            customer.setObject(6, lastOrder.minusDays(400));
            customer.setBigDecimal(7, BigDecimal.valueOf(spend));
            customer.setInt(8, orders);
            customer.setBigDecimal(9, BigDecimal.valueOf(spend).divide(BigDecimal.valueOf(Math.max(orders, 1)), 2,
                    java.math.RoundingMode.HALF_UP));
            customer.setObject(10, lastOrder.minusDays(30L * orders));
            customer.setObject(11, lastOrder);
            customer.setObject(12, lastOrder.minusDays(400));
            customer.setObject(13, lastOrder);
            customer.executeUpdate();
            tags.setString(1, tag);
            tags.setString(2, externalId);
            tags.executeUpdate();
        }
        return externalId;
    }
}
