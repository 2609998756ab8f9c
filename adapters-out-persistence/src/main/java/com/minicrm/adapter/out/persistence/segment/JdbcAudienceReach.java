package com.minicrm.adapter.out.persistence.segment;

import com.minicrm.adapter.out.persistence.ReadDataSource;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.campaign.AudienceReach;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.segment.Rule;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Counts a rule's customers without the channel's address, with the same compiled predicate as the
 * preview, and like the preview from the replica when one is configured and current.
 */
@ApplicationScoped
class JdbcAudienceReach implements AudienceReach {
    private final ReadDataSource reads;

    JdbcAudienceReach(ReadDataSource reads) {
        this.reads = reads;
    }

    @Override
    public long withoutAddress(Rule rule, Instant asOf, Channel channel) {
        // the column is chosen here, never taken from input; Channel.recipientOf treats blank as missing too
        String column = channel == Channel.EMAIL ? "c.email" : "c.phone";
        SqlPredicate where = RuleSqlCompiler.compile(rule, asOf);
        String sql = "SELECT COUNT(*) FROM customer c WHERE (" + where.sql() + ") AND (" + column + " IS NULL OR TRIM("
                + column + ") = '')";
        try {
            return reads.read(connection -> {
                try (PreparedStatement statement = JdbcAudienceQuery.prepare(connection, sql, where);
                        ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
        } catch (SQLException e) {
            throw new StorageException("could not count the unreachable part of an audience", e);
        }
    }
}
