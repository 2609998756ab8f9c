package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.consent.QuietHoursHolds;
import com.minicrm.domain.campaign.DeliveryJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Holds in {@code quiet_hours_hold}, one row per waiting campaign; every statement is its own unit of work. */
@ApplicationScoped
class JdbcQuietHoursHolds implements QuietHoursHolds {
    private final DataSource dataSource;

    JdbcQuietHoursHolds(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void hold(long campaignId, Instant resumeAt) {
        update("holding campaign " + campaignId, "INSERT INTO quiet_hours_hold (campaign_id, resume_at) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE resume_at = GREATEST(resume_at, VALUES(resume_at))", campaignId, resumeAt);
    }

    @Override
    public Optional<Instant> resumeAt(long campaignId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT resume_at FROM quiet_hours_hold WHERE campaign_id = ?")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(Sql.getInstant(rs, "resume_at")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("could not read the quiet-hours hold of campaign " + campaignId, e);
        }
    }

    @Override
    public List<Hold> due(Instant now, int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT campaign_id, resume_at FROM quiet_hours_hold"
                        + " WHERE resume_at <= ? ORDER BY resume_at LIMIT ?")) {
            Sql.setInstant(st, 1, now);
            st.setInt(2, limit);
            List<Hold> due = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    due.add(new Hold(rs.getLong("campaign_id"), Sql.getInstant(rs, "resume_at")));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new StorageException("could not read the due quiet-hours holds", e);
        }
    }

    @Override
    public List<DeliveryJob> queuedJobs(long campaignId, int jobSize) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT l.campaign_id, l.id FROM communication_log l"
                        + " JOIN campaign k ON k.id = l.campaign_id AND k.status = 'RUNNING'"
                        + " WHERE l.campaign_id = ? AND l.status = 'QUEUED' ORDER BY l.id")) {
            st.setLong(1, campaignId);
            StrandedRanges ranges = new StrandedRanges(jobSize);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ranges.add(rs.getLong(1), rs.getLong(2));
                }
            }
            return ranges.jobs();
        } catch (SQLException e) {
            throw new StorageException("could not read the queued messages of campaign " + campaignId, e);
        }
    }

    @Override
    public boolean release(Hold hold) {
        return update("releasing campaign " + hold.campaignId(), "DELETE FROM quiet_hours_hold WHERE campaign_id = ? AND resume_at = ?",
                hold.campaignId(), hold.resumeAt()) > 0;
    }

    private int update(String what, String sql, long campaignId, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, campaignId);
            Sql.setInstant(st, 2, at);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("failed " + what + " for quiet hours", e);
        }
    }
}
