package com.minicrm.adapter.out.persistence.segment;

import com.minicrm.adapter.out.persistence.ReadDataSource;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.adapter.out.persistence.campaign.ChunkSuppressions;
import com.minicrm.application.port.out.campaign.AudienceReach;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.FrequencyCap;
import com.minicrm.domain.consent.Reach;
import com.minicrm.domain.segment.Rule;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Splits a rule's audience by what the freeze would do with each customer, in one set-based query with
 * the same compiled predicate as the preview, and like the preview from the replica when one is
 * configured and current. The rules are the freeze's (see {@link ChunkSuppressions}): an unsubscribe on
 * the channel, then the promotional messages on their way or sent within the cap's window, then a missing
 * address. Unlike the freeze it takes no cap lock: it is a forecast, and a campaign frozen meanwhile may
 * move a few customers over the cap.
 */
@ApplicationScoped
class JdbcAudienceReach implements AudienceReach {
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private final ReadDataSource reads;
    private final FrequencyCap cap;

    JdbcAudienceReach(ReadDataSource reads, FrequencyCap cap) {
        this.reads = reads;
        this.cap = cap;
    }

    @Override
    public Reach reach(Rule rule, Instant asOf, Channel channel, boolean transactional) {
        // the channel, the column, the cap and the window start are the app's own values, never input: they are
        // written into the text so that the rule's binds stay the only parameters, in their order
        String column = channel == Channel.EMAIL ? "c.email" : "c.phone";
        String capped = transactional ? "FALSE" : "COALESCE(r.n, 0) >= " + cap.messages();
        String recent = transactional ? "" : " LEFT JOIN (SELECT l.customer_id, COUNT(*) AS n FROM communication_log l"
                + " JOIN campaign k ON k.id = l.campaign_id WHERE k.channel = '" + channel.name() + "' AND k.transactional = FALSE"
                + " AND l.status IN (" + ChunkSuppressions.COUNTED + ") AND COALESCE(l.submitted_at, l.queued_at) > '"
                + SQL_TIME.format(LocalDateTime.ofInstant(cap.windowStart(asOf), ZoneOffset.UTC)) + "'"
                + " GROUP BY l.customer_id) r ON r.customer_id = c.id";
        String unsubscribed = "u.customer_id IS NOT NULL";
        String noAddress = "(" + column + " IS NULL OR TRIM(" + column + ") = '')";
        SqlPredicate where = RuleSqlCompiler.compile(rule, asOf);
        String sql = "SELECT COUNT(*), COALESCE(SUM(" + unsubscribed + "), 0),"
                + " COALESCE(SUM(NOT " + unsubscribed + " AND " + capped + "), 0),"
                + " COALESCE(SUM(NOT " + unsubscribed + " AND NOT " + capped + " AND " + noAddress + "), 0)"
                + " FROM customer c LEFT JOIN customer_subscription u ON u.customer_id = c.id AND u.channel = '" + channel.name() + "'"
                + " AND u.status = 'unsubscribed'" + recent + " WHERE (" + where.sql() + ")";
        try {
            return reads.read(connection -> {
                try (PreparedStatement statement = JdbcAudienceQuery.prepare(connection, sql, where);
                        ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new Reach(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
                }
            });
        } catch (SQLException e) {
            throw new StorageException("could not count who an audience would reach", e);
        }
    }
}
