package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.domain.campaign.DeliveryOutcome;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.campaign.SendResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Writes what the vendor said about up to 1,000 messages, inside the caller's transaction: attempts
 * and vendor ids in one joined UPDATE, the accepted ones to SUBMITTED in one guarded UPDATE, and
 * the refused ones through the outcome path so their campaign counts them.
 */
final class SendResultWriter {
    private SendResultWriter() {}

    static void record(Connection c, List<SendResult> results, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE communication_log l JOIN ("
                + DerivedRows.of(results.size(), "id", "vid", "attempts") + ") r ON r.id = l.id"
                + " SET l.vendor_message_id = COALESCE(l.vendor_message_id, r.vid), l.attempts = r.attempts")) {
            int p = 1;
            for (SendResult result : results) {
                st.setLong(p++, result.messageId());
                st.setString(p++, result.vendorMessageId().orElse(null));
                st.setInt(p++, result.attempts());
            }
            st.executeUpdate();
        }
        List<Long> accepted = results.stream().filter(SendResult::accepted).map(SendResult::messageId).toList();
        if (!accepted.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("UPDATE communication_log SET status = 'SUBMITTED', status_rank = ?,"
                    + " submitted_at = ?, updated_at = ? WHERE id IN (" + Sql.repeat("?", accepted.size()) + ") AND status_rank < ?")) {
                st.setInt(1, DeliveryStatus.SUBMITTED.rank());
                st.setObject(2, Sql.utc(now));
                st.setObject(3, Sql.utc(now));
                int next = Sql.bindAll(st, 4, accepted);
                st.setInt(next, DeliveryStatus.SUBMITTED.rank());
                st.executeUpdate();
            }
        }
        List<DeliveryOutcome> failures = results.stream().flatMap(r -> r.failure(now).stream()).toList();
        if (!failures.isEmpty()) {
            OutcomeWriter.apply(c, failures, now);
        }
    }
}
