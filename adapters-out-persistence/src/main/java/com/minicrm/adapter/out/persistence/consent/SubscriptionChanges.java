package com.minicrm.adapter.out.persistence.consent;

import static com.minicrm.adapter.out.persistence.Sql.repeat;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.campaign.QueuedWithdrawals;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.Subscription;
import com.minicrm.domain.consent.SubscriptionSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes subscription changes set-based, inside the caller's transaction: reads the customers'
 * current values in one statement, then writes only real changes, to the current table and the
 * history, one multi-row statement each. Callers hold the customers' row locks (ingestion does), or
 * accept that the last writer wins.
 */
public final class SubscriptionChanges {
    private static final int CHUNK = 1000;

    private SubscriptionChanges() {}

    /** One requested value for one customer's channel. */
    public record Change(long customerId, Channel channel, Subscription status) {}

    /** How many subscriptions changed, and how many queued messages the new unsubscribes took back. */
    public record Applied(int changed, int withdrawn) {}

    /** As {@link #apply(Connection, List, SubscriptionSource, String, Instant)}, by nobody named. */
    public static Applied apply(Connection c, List<Change> requested, SubscriptionSource source, Instant now) throws SQLException {
        return apply(c, requested, source, null, now);
    }

    /**
     * Applies the changes that change something, naming who changed them (or null). A customer who
     * unsubscribes, from any source, also loses the messages on that channel still queued in running
     * campaigns (suppressed as unsubscribed), in the same transaction: a campaign frozen before the
     * change must not message them after it.
     */
    public static Applied apply(Connection c, List<Change> requested, SubscriptionSource source, String changedBy, Instant now)
            throws SQLException {
        List<Change> changed = new ArrayList<>();
        for (int from = 0; from < requested.size(); from += CHUNK) {
            changed.addAll(applyChunk(c, requested.subList(from, Math.min(requested.size(), from + CHUNK)), source, changedBy, now));
        }
        Map<Channel, List<Long>> unsubscribed = new TreeMap<>();
        changed.stream().filter(change -> change.status() == Subscription.UNSUBSCRIBED)
                .forEach(change -> unsubscribed.computeIfAbsent(change.channel(), k -> new ArrayList<>()).add(change.customerId()));
        int withdrawn = 0;
        for (Map.Entry<Channel, List<Long>> e : unsubscribed.entrySet()) {
            withdrawn += QueuedWithdrawals.withdrawUnsubscribed(c, e.getKey(), e.getValue(), now);
        }
        return new Applied(changed.size(), withdrawn);
    }

    private static List<Change> applyChunk(Connection c, List<Change> chunk, SubscriptionSource source, String changedBy, Instant now)
            throws SQLException {
        Map<String, String> stored = current(c, chunk);
        Map<String, Change> changes = new java.util.LinkedHashMap<>();
        for (Change change : chunk) {
            String key = change.customerId() + "/" + change.channel();
            String before = stored.getOrDefault(key, Subscription.SUBSCRIBED.wireName());
            if (!before.equals(change.status().wireName())) {
                changes.put(key, change);
            } else {
                changes.remove(key);
            }
            stored.put(key, change.status().wireName());
        }
        if (changes.isEmpty()) {
            return List.of();
        }
        List<Change> rows = new ArrayList<>(changes.values());
        write(c, "INSERT INTO customer_subscription (customer_id, channel, status, source, changed_at, changed_by) VALUES "
                + repeat("(?,?,?,?,?,?)", rows.size())
                + " ON DUPLICATE KEY UPDATE status = VALUES(status), source = VALUES(source), changed_at = VALUES(changed_at),"
                + " changed_by = VALUES(changed_by)", rows, source, changedBy, now);
        write(c, "INSERT INTO subscription_change (customer_id, channel, status, source, changed_at, changed_by) VALUES "
                + repeat("(?,?,?,?,?,?)", rows.size()), rows, source, changedBy, now);
        return rows;
    }

    private static Map<String, String> current(Connection c, List<Change> chunk) throws SQLException {
        List<Long> ids = chunk.stream().map(Change::customerId).distinct().toList();
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT customer_id, channel, status FROM customer_subscription WHERE customer_id IN ("
                + repeat("?", ids.size()) + ")")) {
            Sql.bindAll(st, 1, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getLong(1) + "/" + rs.getString(2), rs.getString(3));
                }
            }
        }
        return stored;
    }

    private static void write(Connection c, String sql, List<Change> rows, SubscriptionSource source, String changedBy, Instant now)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int p = 1;
            for (Change row : rows) {
                st.setLong(p++, row.customerId());
                st.setString(p++, row.channel().name());
                st.setString(p++, row.status().wireName());
                st.setString(p++, source.wireName());
                st.setObject(p++, Sql.utc(now));
                st.setString(p++, changedBy);
            }
            st.executeUpdate();
        }
    }
}
