package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.domain.campaign.DeliveryJob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages whose delivery job was lost: cut into jobs of at most {@code jobSize} rows of one
 * campaign, from log ids read in (campaign, id) order.
 */
final class StrandedRanges {
    private final int jobSize;
    private final List<DeliveryJob> jobs = new ArrayList<>();
    private long campaignId;
    private long first;
    private long last;
    private int rows;

    /**
     * Finds QUEUED rows of running campaigns untouched since the cutoff, marks them touched now, and
     * returns their jobs. Campaigns waiting for quiet hours are left to their hold, which queues them
     * when the window opens. No locks: two sweeps racing may queue a job twice, which claiming makes harmless.
     *
     * <p>First, rows a worker claimed (SENDING) but never handed to the vendor (no vendor message id)
     * before the cutoff go back to QUEUED: their instance died mid-job, and a live worker finishes or
     * gives up on a message within its attempts, far inside the cutoff. This is the one backward move
     * of a status; should the vendor have taken the message just before the crash, the resend carries
     * the same message id, which the vendor's idempotency (the simulator's too) turns into no-op.
     */
    static List<DeliveryJob> requeue(Connection c, Instant cutoff, int jobSize, int limit, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE communication_log l"
                + " JOIN campaign k ON k.id = l.campaign_id AND k.status = 'RUNNING'"
                + " SET l.status = 'QUEUED', l.status_rank = 0"
                + " WHERE l.status = 'SENDING' AND l.vendor_message_id IS NULL AND l.updated_at < ?")) {
            st.setObject(1, Sql.utc(cutoff));
            st.executeUpdate();
        }
        List<DeliveryJob> jobs = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT l.campaign_id, l.id FROM communication_log l FORCE INDEX (ix_log_campaign_status)"
                + " JOIN campaign k ON k.id = l.campaign_id AND k.status = 'RUNNING'"
                + " WHERE l.status = 'QUEUED' AND l.updated_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM quiet_hours_hold h WHERE h.campaign_id = l.campaign_id AND h.resume_at > ?)"
                + " ORDER BY l.campaign_id, l.id LIMIT ?")) {
            st.setObject(1, Sql.utc(cutoff));
            st.setObject(2, Sql.utc(now));
            st.setInt(3, limit);
            try (ResultSet rs = st.executeQuery()) {
                StrandedRanges ranges = new StrandedRanges(jobSize);
                while (rs.next()) {
                    ranges.add(rs.getLong(1), rs.getLong(2));
                }
                jobs.addAll(ranges.jobs());
            }
        }
        for (DeliveryJob job : jobs) {
            try (PreparedStatement st = c.prepareStatement("UPDATE communication_log SET updated_at = ?"
                    + " WHERE id BETWEEN ? AND ? AND campaign_id = ? AND status = 'QUEUED'")) {
                st.setObject(1, Sql.utc(now));
                st.setLong(2, job.fromId());
                st.setLong(3, job.toId());
                st.setLong(4, job.campaignId());
                st.executeUpdate();
            }
        }
        return jobs;
    }

    StrandedRanges(int jobSize) {
        this.jobSize = jobSize;
    }

    void add(long campaign, long id) {
        if (rows > 0 && (campaign != campaignId || rows == jobSize)) {
            flush();
        }
        if (rows == 0) {
            campaignId = campaign;
            first = id;
        }
        last = id;
        rows++;
    }

    List<DeliveryJob> jobs() {
        if (rows > 0) {
            flush();
        }
        return List.copyOf(jobs);
    }

    private void flush() {
        jobs.add(new DeliveryJob(campaignId, first, last));
        rows = 0;
    }
}
