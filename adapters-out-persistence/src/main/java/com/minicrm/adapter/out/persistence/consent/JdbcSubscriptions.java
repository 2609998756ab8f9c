package com.minicrm.adapter.out.persistence.consent;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.CustomerSubscriptions;
import com.minicrm.domain.consent.Subscription;
import com.minicrm.domain.consent.SubscriptionSource;
import com.minicrm.domain.consent.SubscriptionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Subscriptions in MariaDB: the current value per channel, and every change in order. */
@ApplicationScoped
class JdbcSubscriptions implements Subscriptions {
    private final DataSource dataSource;

    JdbcSubscriptions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<CustomerSubscriptions> ofCustomer(String externalId) {
        try (Connection c = dataSource.getConnection()) {
            Long id = null;
            Instant createdAt = null;
            try (PreparedStatement st = c.prepareStatement("SELECT id, created_at FROM customer WHERE external_id = ? AND placeholder = FALSE")) {
                st.setString(1, externalId);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        id = rs.getLong("id");
                        createdAt = Sql.getInstant(rs, "created_at");
                    }
                }
            }
            if (id == null) {
                return Optional.empty();
            }
            return Optional.of(CustomerSubscriptions.of(createdAt,
                    states(c, "SELECT channel, status, source, changed_at, changed_by FROM customer_subscription WHERE customer_id = ?", id),
                    states(c, "SELECT channel, status, source, changed_at, changed_by FROM subscription_change WHERE customer_id = ?"
                            + " ORDER BY id", id)));
        } catch (SQLException e) {
            throw new StorageException("could not read the subscriptions of a customer", e);
        }
    }

    private static List<SubscriptionState> states(Connection c, String sql, long customerId) throws SQLException {
        List<SubscriptionState> states = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, customerId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    states.add(new SubscriptionState(Channel.valueOf(rs.getString("channel")),
                            Subscription.parse(rs.getString("status")).orElseThrow(),
                            SubscriptionSource.parse(rs.getString("source")).orElseThrow(), Sql.getInstant(rs, "changed_at"),
                            rs.getString("changed_by")));
                }
            }
        }
        return states;
    }

    @Override
    public Optional<String> externalIdOf(long customerId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT external_id FROM customer WHERE id = ? AND placeholder = FALSE")) {
            st.setLong(1, customerId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("could not find a customer", e);
        }
    }

    @Override
    @Transactional
    public Optional<Changed> change(Change change, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            // The customer's row lock first, then the campaigns', in the order a STOP reply takes them.
            List<Long> ids = Sql.ids(c, "SELECT id FROM customer WHERE external_id = ? AND placeholder = FALSE FOR UPDATE", change.externalId());
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            // an unsubscribe takes back the customer's queued messages on the channel inside apply
            SubscriptionChanges.Applied applied = SubscriptionChanges.apply(c,
                    List.of(new SubscriptionChanges.Change(ids.get(0), change.channel(), change.status())),
                    change.source(), SubscriptionState.changedBy(change.changedBy()), now);
            return Optional.of(new Changed(applied.changed() > 0, applied.withdrawn()));
        } catch (SQLException e) {
            throw new StorageException("could not change a subscription", e);
        }
    }
}
