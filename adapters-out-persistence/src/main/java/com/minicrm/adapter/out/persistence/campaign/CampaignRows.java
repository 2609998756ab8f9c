package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.domain.campaign.Audience;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.EmailSubject;
import com.minicrm.domain.campaign.Experiment;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.consent.Suppressed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Maps campaign rows to the aggregate and writes back the parts that change. */
final class CampaignRows {
    static final String COLUMNS = "id, name, segment_id, rule_json, template, channel, status, scheduled_at, created_by,"
            + " created_at, started_at, finished_at, tags, audience_frozen, audience_size, sent_count, failed_count, cancelled_count,"
            + " variants, holdout_percent, attribution_window_hours, holdout_count, subject,"
            + " transactional, suppressed_unsubscribed, suppressed_frequency_cap, suppressed_no_address";

    private CampaignRows() {}

    static Campaign toDomain(ResultSet rs) throws SQLException {
        Campaign.Builder b = new Campaign.Builder();
        b.id = rs.getLong("id");
        b.name = rs.getString("name");
        b.audience = new Audience(Sql.nullableLong(rs, "segment_id"), rs.getString("rule_json"));
        b.template = MessageTemplate.parse(rs.getString("template"));
        String subject = rs.getString("subject");
        b.subject = subject == null ? null : MessageTemplate.parse("subject", subject, EmailSubject.MAX_LENGTH);
        b.channel = Channel.valueOf(rs.getString("channel"));
        b.status = CampaignStatus.valueOf(rs.getString("status"));
        b.scheduledAt = Sql.getInstant(rs, "scheduled_at");
        b.createdBy = rs.getString("created_by");
        b.createdAt = Sql.getInstant(rs, "created_at");
        b.startedAt = Sql.getInstant(rs, "started_at");
        b.finishedAt = Sql.getInstant(rs, "finished_at");
        String tags = rs.getString("tags");
        b.tags = tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
        b.audienceFrozen = rs.getBoolean("audience_frozen");
        b.audienceSize = rs.getInt("audience_size");
        b.sent = rs.getInt("sent_count");
        b.failed = rs.getInt("failed_count");
        b.cancelled = rs.getInt("cancelled_count");
        b.experiment = new Experiment(VariantsColumn.read(rs.getString("variants")), rs.getInt("holdout_percent"),
                rs.getInt("attribution_window_hours"));
        b.heldOut = rs.getInt("holdout_count");
        b.transactional = rs.getBoolean("transactional");
        b.suppressed = new Suppressed(rs.getInt("suppressed_unsubscribed"), rs.getInt("suppressed_frequency_cap"),
                rs.getInt("suppressed_no_address"));
        return Campaign.restore(b);
    }

    /** Reads one campaign and locks its row for the rest of the transaction. */
    static Campaign lock(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM campaign WHERE id = ? FOR UPDATE")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? toDomain(rs) : null;
            }
        }
    }

    /**
     * Fixes the audience at the moment the campaign starts: the freeze, however long it takes, stops
     * at the highest customer id that exists now.
     */
    static void fixAudienceCeiling(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE campaign SET audience_ceiling = (SELECT COALESCE(MAX(id), 0) FROM customer) WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
    }

    /** Writes the status and counters, the only parts of a campaign that change after launch. */
    static void writeState(Connection c, Campaign campaign) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE campaign SET status = ?, started_at = ?, finished_at = ?,"
                + " audience_frozen = ?, audience_size = ?, sent_count = ?, failed_count = ?, cancelled_count = ?,"
                + " holdout_count = ?, suppressed_unsubscribed = ?, suppressed_frequency_cap = ?, suppressed_no_address = ? WHERE id = ?")) {
            st.setString(1, campaign.status().name());
            st.setObject(2, Sql.utc(campaign.startedAt().orElse(null)));
            st.setObject(3, Sql.utc(campaign.finishedAt().orElse(null)));
            st.setBoolean(4, campaign.isAudienceFrozen());
            st.setInt(5, campaign.audienceSize());
            st.setInt(6, campaign.sent());
            st.setInt(7, campaign.failed());
            st.setInt(8, campaign.cancelled());
            st.setInt(9, campaign.heldOut());
            st.setInt(10, campaign.suppressed().unsubscribed());
            st.setInt(11, campaign.suppressed().frequencyCapped());
            st.setInt(12, campaign.suppressed().noAddress());
            st.setLong(13, campaign.requireId());
            st.executeUpdate();
        }
    }
}
