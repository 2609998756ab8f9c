package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.domain.campaign.AppliedOutcomes;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.DeliveryOutcome;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.campaign.LoggedMessage;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import jakarta.enterprise.context.ApplicationScoped;
import com.minicrm.domain.consent.SuppressionReason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The communication log in MariaDB; every write is set-based and guarded by the status precedence. */
@ApplicationScoped
class CommunicationLogRepository implements CommunicationLog {
    private final DataSource dataSource;
    private final AudienceFreezer freezer;

    CommunicationLogRepository(DataSource dataSource, AudienceFreezer freezer) {
        this.dataSource = dataSource;
        this.freezer = freezer;
    }

    @Override
    public AudienceChunk freezeNextChunk(long campaignId, int jobSize, Instant now) {
        return freezer.freezeNextChunk(campaignId, jobSize, now);
    }

    /** The locking read decides who owns each row: a concurrent claim waits, then finds the rows no longer QUEUED. */
    @Override
    public List<OutgoingMessage> claim(DeliveryJob job, Instant now) {
        return Transactions.inNew("claiming " + job, () -> {
            try (Connection c = dataSource.getConnection()) {
                Optional<Channel> channel = runningChannel(c, job.campaignId());
                if (channel.isEmpty()) {
                    return List.<OutgoingMessage>of();
                }
                List<OutgoingMessage> claimed = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("SELECT id, recipient, message, subject FROM communication_log"
                        + " WHERE id BETWEEN ? AND ? AND campaign_id = ? AND status = 'QUEUED' ORDER BY id FOR UPDATE")) {
                    bindJob(st, job);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            claimed.add(new OutgoingMessage(rs.getLong(1), channel.get(), rs.getString(2), rs.getString(3), rs.getString(4)));
                        }
                    }
                }
                if (!claimed.isEmpty()) {
                    try (PreparedStatement st = c.prepareStatement("UPDATE communication_log SET status = 'SENDING',"
                            + " status_rank = ?, attempts = attempts + 1, sending_at = ?, updated_at = ?"
                            + " WHERE id BETWEEN ? AND ? AND campaign_id = ? AND status = 'QUEUED'")) {
                        st.setInt(1, DeliveryStatus.SENDING.rank());
                        st.setObject(2, Sql.utc(now));
                        st.setObject(3, Sql.utc(now));
                        st.setLong(4, job.fromId());
                        st.setLong(5, job.toId());
                        st.setLong(6, job.campaignId());
                        st.executeUpdate();
                    }
                }
                return claimed;
            }
        });
    }

    @Override
    public void recordSendResults(List<SendResult> results, Instant now) {
        if (results.isEmpty()) {
            return;
        }
        List<SendResult> sorted = results.stream().sorted(Comparator.comparingLong(SendResult::messageId)).toList();
        Transactions.inNew("recording send results", () -> {
            try (Connection c = dataSource.getConnection()) {
                for (int from = 0; from < sorted.size(); from += OutcomeWriter.MAX_BATCH) {
                    SendResultWriter.record(c, sorted.subList(from, Math.min(sorted.size(), from + OutcomeWriter.MAX_BATCH)), now);
                }
                return null;
            }
        });
    }

    @Override
    public AppliedOutcomes applyOutcomes(List<DeliveryOutcome> outcomes, Instant now) {
        if (outcomes.isEmpty()) {
            return AppliedOutcomes.NONE;
        }
        return Transactions.inNew("applying outcomes", () -> {
            try (Connection c = dataSource.getConnection()) {
                return OutcomeWriter.apply(c, outcomes, now);
            }
        });
    }

    @Override
    public List<DeliveryJob> requeueStranded(Instant cutoff, int jobSize, int limit, Instant now) {
        return Transactions.inNew("re-queueing stranded messages", () -> {
            try (Connection c = dataSource.getConnection()) {
                return StrandedRanges.requeue(c, cutoff, jobSize, limit, now);
            }
        });
    }

    /** The campaign row is locked first, as the freeze and the outcome writer do, so a cancel waits for a freeze in progress. */
    @Override
    public Optional<Campaign> cancel(long campaignId, Instant now) {
        return Transactions.inNew("cancelling campaign " + campaignId, () -> {
            try (Connection c = dataSource.getConnection()) {
                Campaign campaign = CampaignRows.lock(c, campaignId);
                if (campaign == null) {
                    return Optional.<Campaign>empty();
                }
                int withdrawn;
                try (PreparedStatement st = c.prepareStatement("UPDATE communication_log SET status = ?, status_rank = ?,"
                        + " last_error = 'campaign cancelled', updated_at = ? WHERE campaign_id = ? AND status = 'QUEUED'")) {
                    st.setString(1, DeliveryStatus.CANCELLED.name());
                    st.setInt(2, DeliveryStatus.CANCELLED.rank());
                    st.setObject(3, Sql.utc(now));
                    st.setLong(4, campaignId);
                    withdrawn = st.executeUpdate();
                }
                // A finished campaign refuses here, and the transaction rolls the (empty) withdrawal back.
                campaign.cancel(withdrawn, now);
                CampaignRows.writeState(c, campaign);
                return Optional.of(campaign);
            }
        });
    }

    /**
     * Seeks each campaign's in-flight messages through (campaign_id, status), one status at a time so
     * both index columns are used: an index on (status, updated_at) would serve this sweep better but
     * would be rewritten on every status change. Forced, because the optimizer otherwise walks the
     * campaign's whole log through the unique key.
     */
    @Override
    public List<Long> overdue(Instant cutoff, int limit) {
        String inStatus = "SELECT l.id, l.updated_at FROM campaign k JOIN communication_log l FORCE INDEX (ix_log_campaign_status)"
                + " ON l.campaign_id = k.id AND l.status = ? WHERE l.updated_at < ?";
        try (Connection c = dataSource.getConnection()) {
            return Sql.ids(c, "SELECT id FROM (" + inStatus + " UNION ALL " + inStatus + ") x ORDER BY updated_at LIMIT ?",
                    DeliveryStatus.SENDING.name(), cutoff, DeliveryStatus.SUBMITTED.name(), cutoff, limit);
        } catch (SQLException e) {
            throw new StorageException("could not find overdue messages", e);
        }
    }

    @Override
    public Page<LoggedMessage> messages(long campaignId, Optional<DeliveryStatus> status, Optional<SuppressionReason> reason,
            int page, int size) {
        String filter = " WHERE l.campaign_id = ?" + (status.isPresent() ? " AND l.status = ?" : "")
                + (reason.isPresent() ? " AND l.suppression_reason = ?" : "");
        List<Object> binds = new ArrayList<>(List.of(campaignId));
        status.ifPresent(s -> binds.add(s.name()));
        reason.ifPresent(r -> binds.add(r.wireName()));
        try (Connection c = dataSource.getConnection()) {
            List<LoggedMessage> items = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT l.*, cu.external_id AS customer_external_id"
                    + " FROM communication_log l JOIN customer cu ON cu.id = l.customer_id" + filter + " ORDER BY l.id LIMIT ? OFFSET ?")) {
                int next = Sql.bindAll(st, 1, binds);
                st.setInt(next, size);
                st.setLong(next + 1, (long) page * size);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        items.add(toMessage(rs));
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM communication_log l" + filter)) {
                Sql.bindAll(st, 1, binds);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new Page<>(items, page, size, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("could not read the messages of campaign " + campaignId, e);
        }
    }

    private static Optional<Channel> runningChannel(Connection c, long campaignId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT status, channel FROM campaign WHERE id = ?")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next() || CampaignStatus.valueOf(rs.getString(1)) != CampaignStatus.RUNNING) {
                    return Optional.empty();
                }
                return Optional.of(Channel.valueOf(rs.getString(2)));
            }
        }
    }

    private static void bindJob(PreparedStatement st, DeliveryJob job) throws SQLException {
        st.setLong(1, job.fromId());
        st.setLong(2, job.toId());
        st.setLong(3, job.campaignId());
    }

    private static LoggedMessage toMessage(ResultSet rs) throws SQLException {
        return new LoggedMessage(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("customer_id"),
                rs.getString("recipient"), rs.getString("message"), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("vendor_message_id"), rs.getString("last_error"),
                Sql.getInstant(rs, "queued_at"), Sql.getInstant(rs, "submitted_at"), Sql.getInstant(rs, "sent_at"),
                Sql.getInstant(rs, "failed_at"), rs.getString("customer_external_id"), rs.getString("variant"),
                SuppressionReason.parse(rs.getString("suppression_reason")).orElse(null));
    }
}
