package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.outcome.OrderAttribution;
import com.minicrm.domain.campaign.AppliedOutcomes;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.DeliveryOutcome;
import com.minicrm.domain.campaign.DeliveryStatus;
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
 * Applies final outcomes inside the caller's transaction, set-based: one locking read to learn
 * which messages can still move, one UPDATE per target status, then the counters of each touched
 * campaign. The counters come from the locked rows, so they change by exactly what the log did.
 * Orders already stored after a delivery just marked SENT are attributed again in the same transaction.
 */
final class OutcomeWriter {
    static final int MAX_BATCH = 1000;
    private static final int FINAL_RANK = DeliveryStatus.SENT.rank();

    private OutcomeWriter() {}

    static AppliedOutcomes apply(Connection c, List<DeliveryOutcome> outcomes, Instant now) throws SQLException {
        Map<Long, DeliveryOutcome> byMessage = new TreeMap<>();
        outcomes.forEach(o -> byMessage.merge(o.messageId(), o, DeliveryOutcome::earlierOf));
        int applied = 0;
        int unknown = 0;
        List<DeliveryOutcome> all = new ArrayList<>(byMessage.values());
        Map<Long, int[]> perCampaign = new TreeMap<>();
        for (int from = 0; from < all.size(); from += MAX_BATCH) {
            List<DeliveryOutcome> batch = all.subList(from, Math.min(all.size(), from + MAX_BATCH));
            Map<Long, long[]> known = lockKnown(c, batch);
            List<DeliveryOutcome> sent = new ArrayList<>();
            List<DeliveryOutcome> failed = new ArrayList<>();
            for (DeliveryOutcome o : batch) {
                long[] row = known.get(o.messageId());
                if (row == null) {
                    unknown++;
                } else if (row[1] < FINAL_RANK) {
                    long campaignId = row[0];
                    (o.status() == DeliveryStatus.SENT ? sent : failed).add(o);
                    perCampaign.computeIfAbsent(campaignId, k -> new int[2])[o.status() == DeliveryStatus.SENT ? 0 : 1]++;
                }
            }
            applied += update(c, DeliveryStatus.SENT, sent, now) + update(c, DeliveryStatus.FAILED, failed, now);
            OrderAttribution.sentMessages(c, sent.stream().map(DeliveryOutcome::messageId).toList());
        }
        for (Map.Entry<Long, int[]> entry : perCampaign.entrySet()) {
            Campaign campaign = CampaignRows.lock(c, entry.getKey());
            campaign.recordDeliveries(entry.getValue()[0], entry.getValue()[1], now);
            CampaignRows.writeState(c, campaign);
        }
        return new AppliedOutcomes(applied, outcomes.size() - applied, unknown);
    }

    /**
     * Locks the batch's messages and returns each one's campaign and status rank, by message id; an
     * id missing from the answer names no message at all.
     */
    private static Map<Long, long[]> lockKnown(Connection c, List<DeliveryOutcome> batch) throws SQLException {
        Map<Long, long[]> known = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, campaign_id, status_rank FROM communication_log WHERE id IN ("
                + Sql.repeat("?", batch.size()) + ") ORDER BY id FOR UPDATE")) {
            int p = 1;
            for (DeliveryOutcome o : batch) {
                st.setLong(p++, o.messageId());
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getInt(3)});
                }
            }
        }
        return known;
    }

    /** One statement for every outcome with this status; the rank guard makes a repeat a no-op. */
    private static int update(Connection c, DeliveryStatus status, List<DeliveryOutcome> outcomes, Instant now)
            throws SQLException {
        if (outcomes.isEmpty()) {
            return 0;
        }
        String at = status == DeliveryStatus.SENT ? "sent_at" : "failed_at";
        String error = status == DeliveryStatus.FAILED ? "r.reason" : "l.last_error";
        String sql = "UPDATE communication_log l JOIN (" + DerivedRows.of(outcomes.size(), "id", "vid", "reason", "at")
                + ") r ON r.id = l.id SET l.status = ?, l.status_rank = ?, l." + at + " = r.at,"
                + " l.vendor_message_id = COALESCE(l.vendor_message_id, r.vid), l.last_error = " + error + ","
                + " l.updated_at = ? WHERE l.status_rank < ?";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int p = 1;
            for (DeliveryOutcome o : outcomes) {
                st.setLong(p++, o.messageId());
                st.setString(p++, o.vendorMessageId());
                st.setString(p++, o.reason());
                st.setObject(p++, Sql.utc(o.occurredAt()));
            }
            st.setString(p++, status.name());
            st.setInt(p++, status.rank());
            st.setObject(p++, Sql.utc(now));
            st.setInt(p, FINAL_RANK);
            return st.executeUpdate();
        }
    }
}
