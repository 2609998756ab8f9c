package com.minicrm.adapter.out.persistence.customer;

import static com.minicrm.adapter.out.persistence.Sql.getInstant;

import com.minicrm.adapter.out.persistence.ReadDataSource;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.CustomerDirectory;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.CustomerSort;
import com.minicrm.domain.customer.CustomerTotals;
import com.minicrm.domain.customer.PlacedOrder;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer pages' queries over plain JDBC. Search is an exact match on external id, city and tag, and
 * a contains-match on name, e-mail and phone; LIKE wildcards typed by the user are escaped. Pages
 * may be slightly stale, so they read from the replica when one is configured and current.
 */
@ApplicationScoped
class JdbcCustomerDirectory implements CustomerDirectory {
    private static final String MATCH = " WHERE (? = '' OR c.external_id = ? OR c.city = ?"
            + " OR c.name LIKE ? ESCAPE '!' OR c.email LIKE ? ESCAPE '!' OR c.phone LIKE ? ESCAPE '!'"
            + " OR EXISTS (SELECT 1 FROM customer_tag t WHERE t.tag = ? AND t.customer_id = c.id))";
    private final ReadDataSource reads;
    private final JsonColumns json;

    JdbcCustomerDirectory(ReadDataSource reads, JsonColumns json) {
        this.reads = reads;
        this.json = json;
    }

    @Override
    public List<CustomerProfile> search(String text, CustomerSort sort, long offset, int limit) {
        try {
            return reads.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                                CustomerRows.SELECT + MATCH + orderBy(sort) + " LIMIT ? OFFSET ?")) {
                    int next = bindMatch(statement, text);
                    statement.setInt(next, limit);
                    statement.setLong(next + 1, offset);
                    try (ResultSet rows = statement.executeQuery()) {
                        return CustomerRows.read(rows, json);
                    }
                }
            });
        } catch (SQLException e) {
            throw new StorageException("could not search customers", e);
        }
    }

    @Override
    public long countMatching(String text) {
        try {
            return reads.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM customer c" + MATCH)) {
                    bindMatch(statement, text);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw new StorageException("could not count customers", e);
        }
    }

    @Override
    public List<PlacedOrder> ordersOf(long customerId, int limit) {
        try {
            return reads.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("SELECT external_id, amount, ordered_at, status"
                                + " FROM customer_order WHERE customer_id = ? ORDER BY ordered_at DESC, id DESC LIMIT ?")) {
                    statement.setLong(1, customerId);
                    statement.setInt(2, limit);
                    List<PlacedOrder> orders = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            orders.add(new PlacedOrder(rows.getString("external_id"), rows.getBigDecimal("amount"),
                                    getInstant(rows, "ordered_at"), rows.getString("status")));
                        }
                    }
                    return orders;
                }
            });
        } catch (SQLException e) {
            throw new StorageException("could not read orders", e);
        }
    }

    @Override
    public CustomerTotals totals() {
        try {
            return reads.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM customer),"
                                + " (SELECT COUNT(*) FROM customer_order), (SELECT COALESCE(SUM(total_spend), 0) FROM customer)");
                        ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new CustomerTotals(rows.getLong(1), rows.getLong(2), rows.getBigDecimal(3));
                }
            });
        } catch (SQLException e) {
            throw new StorageException("could not count customers and orders", e);
        }
    }

    /** The sort keys are a closed enum, so the ORDER BY is chosen here, never built from input. */
    private static String orderBy(CustomerSort sort) {
        return switch (sort) {
            case NEWEST -> " ORDER BY c.id DESC";
            case NAME -> " ORDER BY c.name IS NULL, c.name ASC, c.id DESC";
            case TOTAL_SPEND -> " ORDER BY c.total_spend DESC, c.id DESC";
            case LAST_ORDER -> " ORDER BY c.last_order_at IS NULL, c.last_order_at DESC, c.id DESC";
        };
    }

    private static int bindMatch(PreparedStatement statement, String text) throws SQLException {
        String contains = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        statement.setString(1, text);
        statement.setString(2, text);
        statement.setString(3, text);
        statement.setString(4, contains);
        statement.setString(5, contains);
        statement.setString(6, contains);
        // customer_tag.tag is utf8mb4_unicode_ci, so "VIP" finds "vip"
        statement.setString(7, text);
        return 8;
    }
}
