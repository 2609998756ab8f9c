package com.minicrm.adapter.out.persistence.segment;

import com.minicrm.domain.customer.CustomerProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes test customers with a recognisable external-id prefix, and finds or removes only those. */
final class CustomerRows {
    static final String PREFIX = "segtest-";

    private CustomerRows() {}

    /** Inserts the profiles (their ids are ignored) and returns them with the ids the database gave. */
    static List<CustomerProfile> insert(Connection connection, List<CustomerProfile> profiles) throws SQLException {
        List<CustomerProfile> stored = new ArrayList<>();
        try (PreparedStatement customer = connection.prepareStatement("INSERT INTO customer (external_id, name, email,"
                        + " city, signup_at, placeholder, total_spend, visits, avg_order_value, first_order_at, last_order_at,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement tag = connection.prepareStatement("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)")) {
            for (int i = 0; i < profiles.size(); i++) {
                CustomerProfile p = profiles.get(i);
                String externalId = PREFIX + i;
                customer.setString(1, externalId);
                customer.setString(2, p.name());
                customer.setString(3, p.email());
                customer.setString(4, p.city());
                customer.setObject(5, utc(p.signupAt()));
                customer.setBigDecimal(6, p.totalSpend());
                customer.setInt(7, p.visits());
                customer.setBigDecimal(8, p.avgOrderValue());
                customer.setObject(9, utc(p.firstOrderAt()));
                customer.setObject(10, utc(p.lastOrderAt()));
                customer.setObject(11, utc(p.createdAt()));
                customer.setObject(12, utc(p.createdAt()));
                customer.executeUpdate();
                long id;
                try (ResultSet keys = customer.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (String t : new HashSet<>(p.tags())) {
                    tag.setLong(1, id);
                    tag.setString(2, t);
                    tag.executeUpdate();
                }
                stored.add(new CustomerProfile(id, externalId, p.name(), p.email(), p.phone(), p.city(), p.signupAt(),
                        p.tags(), p.attributes(), p.totalSpend(), p.visits(), p.avgOrderValue(), p.firstOrderAt(),
                        p.lastOrderAt(), p.placeholder(), p.createdAt()));
            }
        }
        return stored;
    }

    /** The ids of the test customers the predicate selects. */
    static Set<Long> select(Connection connection, SqlPredicate where) throws SQLException {
        SqlPredicate scoped = new SqlPredicate("c.external_id LIKE '" + PREFIX + "%' AND " + where.sql(), where.binds());
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement statement = JdbcAudienceQuery.prepare(connection, "SELECT c.id FROM customer c WHERE " + scoped.sql(), scoped);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    static void deleteAll(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE t FROM customer_tag t JOIN customer c ON c.id = t.customer_id"
                    + " WHERE c.external_id LIKE '" + PREFIX + "%'");
            statement.executeUpdate("DELETE FROM customer WHERE external_id LIKE '" + PREFIX + "%'");
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
