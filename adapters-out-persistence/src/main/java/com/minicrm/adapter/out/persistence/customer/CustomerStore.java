package com.minicrm.adapter.out.persistence.customer;

import static com.minicrm.adapter.out.persistence.Sql.repeat;
import static com.minicrm.adapter.out.persistence.Sql.setInstant;

import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.adapter.out.persistence.consent.SubscriptionChanges;
import com.minicrm.adapter.out.persistence.outcome.OrderAttribution;
import com.minicrm.application.port.out.Customers;
import com.minicrm.domain.consent.SubscriptionSource;
import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.OrderDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Customers and orders in MariaDB, written with multi-row statements. Aggregates are recomputed
 * from the stored orders rather than incremented, so a re-sent order or a retried batch can
 * never count twice; the customer rows are locked first, which serialises writers per customer.
 */
@ApplicationScoped
class CustomerStore implements Customers {
    /** Rows per statement: large enough to amortise round trips, small enough for packet limits. */
    private static final int CHUNK = 1000;
    /** The largest total_spend DECIMAL(20,2) holds (V80). */
    static final String MAX_TOTAL = "999999999999999999.99";

    private final DataSource dataSource;
    private final Clock clock;
    private final JsonColumns json;
    private final boolean attributeOrders;

    CustomerStore(DataSource dataSource, Clock clock, JsonColumns json,
            @ConfigProperty(name = "crm.outcomes.attribute-on-ingest", defaultValue = "true") boolean attributeOrders) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.json = json;
        this.attributeOrders = attributeOrders;
    }

    @Override
    @Transactional
    public void store(List<CustomerDraft> customers, List<OrderDraft> orders) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            // Sorted, so concurrent writers take row locks in the same order and rarely deadlock.
            List<CustomerDraft> sortedCustomers = customers.stream().sorted(Comparator.comparing(CustomerDraft::externalId)).toList();
            for (List<CustomerDraft> chunk : chunks(sortedCustomers)) {
                upsertCustomers(connection, chunk, now);
            }
            Set<String> involved = new LinkedHashSet<>();
            customers.forEach(c -> involved.add(c.externalId()));
            orders.forEach(o -> involved.add(o.customerExternalId()));
            // Locking every involved customer first serialises concurrent writers per customer, so
            // each aggregate recomputation below sees all orders committed before it.
            Map<String, Long> ids = lockIds(connection, involved);
            List<String> unknown = involved.stream().filter(id -> !ids.containsKey(id)).sorted().toList();
            if (!unknown.isEmpty()) {
                for (List<String> chunk : chunks(unknown)) {
                    insertPlaceholders(connection, chunk, now);
                }
                ids.putAll(lockIds(connection, unknown));
            }
            replaceTags(connection, customers, ids);
            storeSubscriptions(connection, customers, ids, now);
            for (List<OrderDraft> chunk : chunks(orders)) {
                insertOrders(connection, chunk, ids, now);
                if (attributeOrders) {
                    // in the same transaction as the orders, so a crash or a redelivery leaves both or neither
                    OrderAttribution.storedOrders(connection, chunk.stream().map(OrderDraft::externalId).toList());
                }
            }
            Set<Long> ordered = new LinkedHashSet<>();
            orders.forEach(o -> ordered.add(ids.get(o.customerExternalId())));
            for (List<Long> chunk : chunks(List.copyOf(ordered))) {
                recomputeAggregates(connection, chunk);
            }
        } catch (SQLException e) {
            throw new StorageException("could not store " + customers.size() + " customers and " + orders.size() + " orders", e);
        }
    }

    private void upsertCustomers(Connection connection, List<CustomerDraft> chunk, Instant now) throws SQLException {
        String sql = "INSERT INTO customer (external_id, name, email, phone, city, signup_at, attributes, placeholder, created_at, updated_at) VALUES "
                + repeat("(?,?,?,?,?,?,?,FALSE,?,?)", chunk.size())
                + " ON DUPLICATE KEY UPDATE name = VALUES(name), email = COALESCE(VALUES(email), email),"
                + " phone = COALESCE(VALUES(phone), phone), city = COALESCE(VALUES(city), city),"
                + " signup_at = COALESCE(VALUES(signup_at), signup_at), attributes = COALESCE(VALUES(attributes), attributes),"
                + " placeholder = FALSE, updated_at = VALUES(updated_at)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (CustomerDraft c : chunk) {
                statement.setString(i++, c.externalId());
                statement.setString(i++, c.name().strip());
                statement.setString(i++, c.email());
                statement.setString(i++, c.phone());
                statement.setString(i++, c.city() == null ? null : c.city().strip());
                setInstant(statement, i++, c.signupAt());
                statement.setString(i++, json.write(c.attributes()));
                setInstant(statement, i++, now);
                setInstant(statement, i++, now);
            }
            statement.executeUpdate();
        }
    }

    private void insertPlaceholders(Connection connection, List<String> externalIds, Instant now) throws SQLException {
        String sql = "INSERT INTO customer (external_id, placeholder, created_at, updated_at) VALUES "
                + repeat("(?,TRUE,?,?)", externalIds.size())
                + " ON DUPLICATE KEY UPDATE external_id = external_id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (String externalId : externalIds) {
                statement.setString(i++, externalId);
                setInstant(statement, i++, now);
                setInstant(statement, i++, now);
            }
            statement.executeUpdate();
        }
    }

    private Map<String, Long> lockIds(Connection connection, Collection<String> externalIds) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : chunks(externalIds.stream().sorted().toList())) {
            String sql = "SELECT id, external_id FROM customer WHERE external_id IN (" + repeat("?", chunk.size()) + ") FOR UPDATE";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(2), rows.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private void replaceTags(Connection connection, List<CustomerDraft> customers, Map<String, Long> ids) throws SQLException {
        List<CustomerDraft> tagged = customers.stream().filter(c -> c.tags() != null).toList();
        for (List<CustomerDraft> chunk : chunks(tagged)) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM customer_tag WHERE customer_id IN (" + repeat("?", chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    delete.setLong(i + 1, ids.get(chunk.get(i).externalId()));
                }
                delete.executeUpdate();
            }
            List<Object[]> rows = new ArrayList<>();
            for (CustomerDraft c : chunk) {
                new LinkedHashSet<>(c.normalisedTags()).forEach(tag -> rows.add(new Object[] {ids.get(c.externalId()), tag}));
            }
            for (List<Object[]> rowChunk : chunks(rows)) {
                try (PreparedStatement insert = connection.prepareStatement(
                        // Tags Java tells apart can be one under the column's collation ("ss" and "ß",
                        // "e" and "é"): the first one sent is kept, as a duplicate of the same spelling would be.
                        "INSERT INTO customer_tag (customer_id, tag) VALUES " + repeat("(?,?)", rowChunk.size())
                                + " ON DUPLICATE KEY UPDATE tag = customer_tag.tag")) {
                    int i = 1;
                    for (Object[] row : rowChunk) {
                        insert.setLong(i++, (Long) row[0]);
                        insert.setString(i++, (String) row[1]);
                    }
                    insert.executeUpdate();
                }
            }
        }
    }

    /** The channels each customer's request sets, through the API; absent channels keep their value. */
    private static void storeSubscriptions(Connection connection, List<CustomerDraft> customers, Map<String, Long> ids, Instant now)
            throws SQLException {
        List<SubscriptionChanges.Change> requested = new ArrayList<>();
        for (CustomerDraft c : customers) {
            if (c.subscriptions() != null) {
                c.subscriptions().requested().forEach((channel, status) ->
                        requested.add(new SubscriptionChanges.Change(ids.get(c.externalId()), channel, status)));
            }
        }
        SubscriptionChanges.apply(connection, requested, SubscriptionSource.API, now);
    }

    private void insertOrders(Connection connection, List<OrderDraft> chunk, Map<String, Long> ids, Instant now) throws SQLException {
        String sql = "INSERT INTO customer_order (external_id, customer_id, amount, ordered_at, status, items, created_at) VALUES "
                + repeat("(?,?,?,?,?,?,?)", chunk.size())
                + " ON DUPLICATE KEY UPDATE external_id = external_id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (OrderDraft o : chunk) {
                statement.setString(i++, o.externalId());
                statement.setLong(i++, ids.get(o.customerExternalId()));
                statement.setBigDecimal(i++, o.amount());
                setInstant(statement, i++, o.orderedAt());
                statement.setString(i++, o.status());
                statement.setString(i++, json.write(o.items()));
                setInstant(statement, i++, now);
            }
            statement.executeUpdate();
        }
    }

    private void recomputeAggregates(Connection connection, List<Long> customerIds) throws SQLException {
        // Correlated subqueries, each a dive into ix_customer_order_customer: a derived-table join
        // here makes MariaDB scan both tables whole. Assignments apply left to right, so the
        // average sees the new total and count.
        String sql = "UPDATE customer c SET"
                // Saturates at the column's ceiling rather than failing the batch: ten million of the
                // largest orders are needed to reach it.
                + " c.total_spend = LEAST(" + MAX_TOTAL + ", (SELECT COALESCE(SUM(o.amount), 0) FROM customer_order o WHERE o.customer_id = c.id)),"
                + " c.visits = (SELECT COUNT(*) FROM customer_order o WHERE o.customer_id = c.id),"
                + " c.first_order_at = (SELECT MIN(o.ordered_at) FROM customer_order o WHERE o.customer_id = c.id),"
                + " c.last_order_at = (SELECT MAX(o.ordered_at) FROM customer_order o WHERE o.customer_id = c.id),"
                + " c.avg_order_value = IF(c.visits = 0, 0, ROUND(c.total_spend / c.visits, 2))"
                + " WHERE c.id IN (" + repeat("?", customerIds.size()) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < customerIds.size(); i++) {
                statement.setLong(i + 1, customerIds.get(i));
            }
            statement.executeUpdate();
        }
    }

    @Override
    public Optional<CustomerProfile> findByExternalId(String externalId) {
        List<CustomerProfile> found = query(CustomerRows.SELECT + " WHERE c.external_id = ?", externalId);
        return found.stream().findFirst();
    }

    @Override
    public List<CustomerProfile> page(long offset, int limit) {
        return query(CustomerRows.SELECT + " ORDER BY c.id DESC LIMIT ? OFFSET ?", limit, offset);
    }

    @Override
    public long count() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM customer");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new StorageException("could not count customers", e);
        }
    }

    private List<CustomerProfile> query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return CustomerRows.read(rows, json);
            }
        } catch (SQLException e) {
            throw new StorageException("could not read customers", e);
        }
    }

    private static <T> List<List<T>> chunks(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
