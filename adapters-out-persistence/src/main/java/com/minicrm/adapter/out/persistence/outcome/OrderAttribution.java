package com.minicrm.adapter.out.persistence.outcome;

import com.minicrm.adapter.out.persistence.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The attribution rule ({@code domain.outcome.Attribution}) in SQL, set-based, inside the caller's
 * transaction. Each statement looks only at the orders its filter names, through indexes, and never
 * scans the order table. Rewriting an order's row with the best touch of the moment makes every call
 * idempotent: redelivery, re-sends and a replay after a crash land on the same single row.
 */
public final class OrderAttribution {
    /**
     * The latest SENT delivery before the order whose campaign's window still covers it; ties on the
     * delivery time go to the higher message id, as in the domain.
     */
    private static final String BEST_TOUCH = "INSERT INTO order_attribution (order_id, campaign_id, log_id, customer_id, variant,"
            + " amount, ordered_at)"
            + " SELECT o.id, l.campaign_id, l.id, o.customer_id, l.variant, o.amount, o.ordered_at"
            + " FROM customer_order o"
            + " JOIN communication_log l ON l.customer_id = o.customer_id AND l.status = 'SENT' AND l.sent_at < o.ordered_at"
            + " JOIN campaign k ON k.id = l.campaign_id AND o.ordered_at <= l.sent_at + INTERVAL k.attribution_window_hours HOUR"
            + " WHERE %s AND NOT EXISTS (SELECT 1 FROM communication_log l2 JOIN campaign k2 ON k2.id = l2.campaign_id"
            + "   WHERE l2.customer_id = o.customer_id AND l2.status = 'SENT' AND l2.sent_at < o.ordered_at"
            + "   AND o.ordered_at <= l2.sent_at + INTERVAL k2.attribution_window_hours HOUR"
            + "   AND (l2.sent_at > l.sent_at OR (l2.sent_at = l.sent_at AND l2.id > l.id)))"
            + " ON DUPLICATE KEY UPDATE campaign_id = VALUES(campaign_id), log_id = VALUES(log_id), variant = VALUES(variant)";
    /** Orders of holdout members placed after their campaign started and within its window. */
    private static final String HOLDOUT = "INSERT IGNORE INTO holdout_conversion (campaign_id, order_id, customer_id, amount, ordered_at)"
            + " SELECT l.campaign_id, o.id, o.customer_id, o.amount, o.ordered_at"
            + " FROM customer_order o"
            + " JOIN communication_log l ON l.customer_id = o.customer_id AND l.status = 'HOLDOUT'"
            + " JOIN campaign k ON k.id = l.campaign_id AND o.ordered_at > k.started_at"
            + "   AND o.ordered_at <= k.started_at + INTERVAL k.attribution_window_hours HOUR"
            + " WHERE %s";

    private OrderAttribution() {}

    /** Attributes the orders with these external ids, just stored in the caller's transaction. */
    public static void storedOrders(Connection c, List<String> orderExternalIds) throws SQLException {
        if (orderExternalIds.isEmpty()) {
            return;
        }
        String filter = "o.external_id IN (" + Sql.repeat("?", orderExternalIds.size()) + ")";
        run(c, String.format(BEST_TOUCH, filter), orderExternalIds);
        run(c, String.format(HOLDOUT, filter), orderExternalIds);
    }

    /**
     * Messages just marked SENT may be the newest touch of orders already stored (an order can be
     * stored before the delivery's receipt is applied): those customers' orders after the delivery
     * are attributed again. The customers are locked first, as the ingestion consumer locks them, so
     * an order committed meanwhile is seen by one side or the other.
     */
    public static void sentMessages(Connection c, List<Long> messageIds) throws SQLException {
        if (messageIds.isEmpty()) {
            return;
        }
        String in = Sql.repeat("?", messageIds.size());
        run(c, "SELECT id FROM customer WHERE id IN (SELECT customer_id FROM communication_log WHERE id IN (" + in + "))"
                + " ORDER BY id FOR UPDATE", messageIds);
        String filter = "o.id IN (SELECT o3.id FROM communication_log l3 JOIN customer_order o3"
                + " ON o3.customer_id = l3.customer_id AND o3.ordered_at > l3.sent_at WHERE l3.id IN (" + in + "))";
        run(c, String.format(BEST_TOUCH, filter), messageIds);
    }

    /** Holdout rows just frozen for customers after {@code after} up to {@code through}: their orders since the start. */
    public static void holdoutChunk(Connection c, long campaignId, long after, long through) throws SQLException {
        String filter = "l.campaign_id = ? AND l.customer_id > ? AND l.customer_id <= ?";
        run(c, String.format(HOLDOUT, filter), List.of(campaignId, after, through));
    }

    private static void run(Connection c, String sql, List<?> binds) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            Sql.bindAll(st, 1, binds);
            st.execute();
        }
    }
}
