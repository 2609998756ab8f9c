package com.minicrm.adapter.out.persistence.segment;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.segment.SegmentUsages;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Segment usage counted from the campaign table in one grouped query (ix_campaign_segment_created). */
@ApplicationScoped
class JdbcSegmentUsages implements SegmentUsages {
    private final DataSource dataSource;

    JdbcSegmentUsages(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<Long, SegmentUsage> all() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT u.segment_id, u.campaigns, u.last_used_at, latest.name, u.scheduled"
                        + " FROM (SELECT segment_id, COUNT(*) AS campaigns, MAX(created_at) AS last_used_at, MAX(id) AS latest_id,"
                        + " SUM(status = 'SCHEDULED') AS scheduled"
                        + " FROM campaign WHERE segment_id IS NOT NULL GROUP BY segment_id) u"
                        + " JOIN campaign latest ON latest.id = u.latest_id");
                ResultSet rows = st.executeQuery()) {
            Map<Long, SegmentUsage> usages = new HashMap<>();
            while (rows.next()) {
                usages.put(rows.getLong("segment_id"), new SegmentUsage(rows.getInt("campaigns"),
                        Sql.getInstant(rows, "last_used_at"), rows.getString("name"), rows.getInt("scheduled")));
            }
            return usages;
        } catch (SQLException e) {
            throw new StorageException("could not count how campaigns use segments", e);
        }
    }
}
