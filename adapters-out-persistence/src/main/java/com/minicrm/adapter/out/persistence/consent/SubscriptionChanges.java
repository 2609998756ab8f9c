package com.minicrm.adapter.out.persistence.consent;

import static com.minicrm.adapter.out.persistence.Sql.repeat;

import com.minicrm.adapter.out.persistence.Sql;
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

    /** Applies the changes that change something; returns how many did. */
    public static int apply(Connection c, List<Change> requested, SubscriptionSource source, Instant now) throws SQLException {
        return apply(c, requested, source, null, now);
    }

    /** As {@link #apply(Connection, List, SubscriptionSource, Instant)}, naming who changed them (or null). */
    public static int apply(Connection c, List<Change> requested, SubscriptionSource source, String changedBy, Instant now)
            throws SQLException {
        int changed = 0;
        for (int from = 0; from < requested.size(); from += CHUNK) {
            changed += applyChunk(c, requested.subList(from, Math.min(requested.size(), from + CHUNK)), source, changedBy, now);
        }
        return changed;
    }

    private static int applyChunk(Connection c, List<Change> chunk, SubscriptionSource source, String changedBy, Instant now)
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
            return 0;
        }
        List<Change> rows = new ArrayList<>(changes.values());
        write(c, "INSERT INTO customer_subscription (customer_id, channel, status, source, changed_at, changed_by) VALUES "
                + repeat("(?,?,?,?,?,?)", rows.size())
                + " ON DUPLICATE KEY UPDATE status = VALUES(status), source = VALUES(source), changed_at = VALUES(changed_at),"
                + " changed_by = VALUES(changed_by)", rows, source, changedBy, now);
        write(c, "INSERT INTO subscription_change (customer_id, channel, status, source, changed_at, changed_by) VALUES "
                + repeat("(?,?,?,?,?,?)", rows.size()), rows, source, changedBy, now);
        return rows.size();
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
