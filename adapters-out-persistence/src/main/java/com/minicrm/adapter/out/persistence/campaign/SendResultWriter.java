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
 * Writes what the vendor said about up to 1,000 messages, inside the caller's transaction: attempts,
 * vendor ids and the move of accepted messages to SUBMITTED in one joined UPDATE, and the refused
 * ones through the outcome path so their campaign counts them.
 *
 * <p>MariaDB gives no order for the assignments of a multi-table UPDATE, so each one reads only its
 * own column or columns this statement leaves alone: a message still QUEUED or SENDING (rank below
 * SUBMITTED) has neither sent_at nor failed_at, and a receipt that overtook the vendor's answer has
 * set one of them, so the message keeps its final status.
 */
final class SendResultWriter {
    private static final String STILL_OPEN = "r.vid IS NOT NULL AND l.sent_at IS NULL AND l.failed_at IS NULL";

    private SendResultWriter() {}

    static void record(Connection c, List<SendResult> results, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE communication_log l JOIN ("
                + DerivedRows.of(results.size(), "id", "vid", "attempts") + ") r ON r.id = l.id"
                + " SET l.vendor_message_id = COALESCE(l.vendor_message_id, r.vid), l.attempts = r.attempts,"
                + " l.status = IF(r.vid IS NOT NULL AND l.status IN ('QUEUED', 'SENDING'), 'SUBMITTED', l.status),"
                + " l.status_rank = IF(r.vid IS NOT NULL, GREATEST(l.status_rank, ?), l.status_rank),"
                + " l.submitted_at = IF(" + STILL_OPEN + ", ?, l.submitted_at),"
                + " l.updated_at = IF(" + STILL_OPEN + ", ?, l.updated_at)")) {
            int p = 1;
            for (SendResult result : results) {
                st.setLong(p++, result.messageId());
                st.setString(p++, result.vendorMessageId().orElse(null));
                st.setInt(p++, result.attempts());
            }
            st.setInt(p++, DeliveryStatus.SUBMITTED.rank());
            st.setObject(p++, Sql.utc(now));
            st.setObject(p, Sql.utc(now));
            st.executeUpdate();
        }
        List<DeliveryOutcome> failures = results.stream().flatMap(r -> r.failure(now).stream()).toList();
        if (!failures.isEmpty()) {
            OutcomeWriter.apply(c, failures, now);
        }
    }
}
